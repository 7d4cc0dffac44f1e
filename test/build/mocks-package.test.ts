// @suivi/mocks as a project outside this repository gets it from npm: @suivi/model, @suivi/sdk and
// @suivi/mocks built (npm run build), packed by `npm pack` and unpacked into a project of its own in
// the temporary folder, beside the msw, zod, tsx, typescript and @types/node it installs itself. There:
//   - the Node example of the docs page "Using the mock API in your tests" (the file the page shows)
//     runs unchanged and passes, on this machine's Node (20: without importing a polyfill);
//   - TypeScript, as a Node ESM project sets it (module nodenext), accepts that example;
//   - the package's `suivi-mock-server` command answers a lookup over HTTP, and the page's curl
//     switches a fault on there;
//   - a page bundled by Vite from @suivi/mocks/browser and @suivi/sdk, with the mockServiceWorker.js
//     that `msw init` writes, looks a showcase order up through the service worker in Chromium.
//
//   npm run build && node --import tsx --test test/build/mocks-package.test.ts
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { serveStatic } from '../../scripts/build/serve-static.ts';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome.mjs';
import { watchPageProblems } from './support/page-problems.ts';
import { createPackedProject, type PackedProject } from './support/packed-project.ts';
import { SHOWCASE_ORDER } from './support/standalone-mock.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS_PAGE = 'stories/mock-api-in-tests.mdx';
const NODE_EXAMPLE = 'test/unit/mock-api-in-your-tests.test.ts';
const BROWSER_EXAMPLE = 'test/browser/support/mock-api.ts';

/** Runs `node args` in the project; its output, which the assertion shows when it fails. */
function runNode(project: PackedProject, args: string[]): { status: number | null; output: string } {
  // Not this runner's NODE_TEST_CONTEXT: with it, a `node --test` inside takes itself for a child of this run and skips its files.
  const { NODE_TEST_CONTEXT: _runner, ...env } = process.env;
  const result = spawnSync(process.execPath, args, { cwd: project.dir, env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('@suivi/mocks, packed and installed in a project of its own', () => {
  let project: PackedProject;

  before(() => {
    project = createPackedProject({
      built: ['packages/model', 'packages/sdk', 'mocks'],
      linked: ['msw', 'zod', 'tsx', 'typescript', '@types/node'],
    });
    project.write('package.json', `${JSON.stringify({ name: 'my-shop', private: true, type: 'module' }, null, 2)}\n`);
  });

  after(() => project?.remove());

  it('resolves @suivi/mocks to the packed package, not to this repository', () => {
    const { status, output } = runNode(project, [
      '--input-type=module',
      '-e',
      "for (const name of ['@suivi/mocks', '@suivi/mocks/node', '@suivi/mocks/browser', '@suivi/mocks/server', '@suivi/model']) console.log(import.meta.resolve(name))",
    ]);
    assert.equal(status, 0, output);
    const installed = realpathSync(join(project.dir, 'node_modules'));
    for (const url of output.trim().split('\n')) {
      const path = realpathSync(fileURLToPath(url));
      assert.ok(path.startsWith(installed) && path.endsWith('.js'), `${url} is a built module of the installed package`);
    }
  });

  it('declares every package its modules and types import', () => {
    const dir = join(project.dir, 'node_modules/@suivi/mocks');
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: object; peerDependencies: object };
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)]);
    const imported = new Set<string>();
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => /\.(js|d\.ts)$/.test(path))) {
      for (const [, specifier] of readFileSync(join(dir, file), 'utf8').matchAll(/(?:from |import\(?)\s*['"]([^'"./][^'"]*)['"]/g)) {
        if (specifier!.startsWith('node:')) continue;
        // `@scope/name/sub` and `name/sub` → the package's name.
        imported.add(specifier!.split('/').slice(0, specifier!.startsWith('@') ? 2 : 1).join('/'));
      }
    }
    assert.deepEqual([...imported].sort(), ['@suivi/model', 'msw', 'zod'], 'what the built modules import');
    assert.deepEqual([...imported].filter((name) => !declared.has(name)), [], 'each is a dependency or a peer');
    assert.deepEqual(Object.keys(manifest.peerDependencies), ['msw'], "msw is the project's own (a peer)");
  });

  it('runs the docs page\'s Node example unchanged, and it passes', () => {
    const docs = readFileSync(join(ROOT, DOCS_PAGE), 'utf8');
    assert.match(docs, new RegExp(`from '\\.\\./${NODE_EXAMPLE.replaceAll('.', '\\.')}\\?raw'`), 'the page shows this file');
    const example = readFileSync(join(ROOT, NODE_EXAMPLE), 'utf8');
    assert.doesNotMatch(example, /from '\.{1,2}\//, 'the example imports packages only, nothing by a path into this repository');
    project.write('test/order-api.test.ts', example);

    const { status, output } = runNode(project, ['--import', 'tsx', '--test', 'test/order-api.test.ts']);
    assert.equal(status, 0, output);
    assert.match(output, /^# pass 4$/m, output);
    assert.match(output, /^# fail 0$/m, output);
  });

  it('type-checks the example against the packed types, as a Node ESM project (module nodenext)', () => {
    project.write('test/order-api.test.ts', readFileSync(join(ROOT, NODE_EXAMPLE), 'utf8'));
    project.write(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: ['node'], skipLibCheck: true },
        include: ['test'],
      }),
    );
    const { status, output } = runNode(project, [join('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
    assert.equal(status, 0, output);
  });

  it('serves the API over HTTP with the suivi-mock-server command', async () => {
    const manifest = JSON.parse(readFileSync(join(project.dir, 'node_modules/@suivi/mocks/package.json'), 'utf8')) as { bin: Record<string, string> };
    const command = join(project.dir, 'node_modules/@suivi/mocks', manifest.bin['suivi-mock-server']!);
    assert.match(readFileSync(command, 'utf8'), /^#!\/usr\/bin\/env node\n/, 'npm can run it as a command');
    const child = spawn(process.execPath, [command, '--port', '0', '--host', '127.0.0.1'], { cwd: project.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(() => reject(new Error(`suivi-mock-server did not start:\n${output}`)), 30_000);
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          const listening = /^Suivi mock API listening on (\S+)$/m.exec(output);
          if (listening) {
            clearTimeout(timer);
            resolve(listening[1]!);
          }
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
        child.once('exit', (code) => reject(new Error(`suivi-mock-server exited (${code}):\n${output}`)));
      });
      const lookup = () =>
        fetch(`${url}/v1/lookup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orderNumber: SHOWCASE_ORDER.number, email: SHOWCASE_ORDER.email }) });
      const response = await lookup();
      assert.equal(response.status, 200);
      const body = (await response.json()) as { token: string; order: { orderNumber: string } };
      assert.equal(body.order.orderNumber, SHOWCASE_ORDER.number);
      assert.ok(body.token.length > 0);

      // The page's curl, as written: the next lookup is a 503, then they answer again.
      const docs = readFileSync(join(ROOT, DOCS_PAGE), 'utf8');
      const curl = /curl -X POST http:\/\/127\.0\.0\.1:4010\/api(\S+) \\\n\s+-H '([^']+)' \\\n\s+-d '([^']+)'/.exec(docs);
      assert.ok(curl, 'the page shows a curl that switches a fault on');
      const [, path, header, data] = curl;
      const [headerName, headerValue] = header!.split(/:\s*/);
      const switched = await fetch(`${url}${path}`, { method: 'POST', headers: { [headerName!]: headerValue! }, body: data });
      assert.equal(switched.status, 201, await switched.text());
      assert.equal((await lookup()).status, 503);
      assert.equal((await lookup()).status, 200, 'the fault was for one request ("times":1)');
    } finally {
      child.kill();
    }
  });

  it('in Chromium, answers a page bundled by Vite through the service worker (@suivi/mocks/browser)', async () => {
    // The docs page's browser set-up (test/browser/support/mock-api.ts, which it shows), unchanged,
    // and a page that looks a showcase order up with the SDK at /api: only the worker can answer,
    // since the static server below has no /api.
    const docs = readFileSync(join(ROOT, DOCS_PAGE), 'utf8');
    assert.match(docs, new RegExp(`from '\\.\\./${BROWSER_EXAMPLE.replaceAll('.', '\\.')}\\?raw'`), 'the page shows this file');
    project.write('src/mock-api.ts', readFileSync(join(ROOT, BROWSER_EXAMPLE), 'utf8'));
    project.write(
      'src/main.ts',
      [
        "import { createSuiviClient } from '@suivi/sdk';",
        "import { api } from './mock-api.ts';",
        '',
        `const showcase = api.showcase.find((order) => order.orderNumber === '${SHOWCASE_ORDER.number}')!;`,
        "const session = await createSuiviClient({ baseUrl: '/api' }).lookupOrder({ orderNumber: showcase.orderNumber, email: showcase.email });",
        "document.querySelector('output')!.textContent = `${session.order.orderNumber} ${session.order.shipments[0]?.status}`;",
        '',
      ].join('\n'),
    );
    project.write('index.html', '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>My shop</title><link rel="icon" href="data:,"></head>\n<body><output></output><script type="module" src="/src/main.ts"></script></body></html>\n');
    // What the page tells a developer to run: `npx msw init public/` (msw's own command).
    const init = runNode(project, [join('node_modules', 'msw', 'cli', 'index.js'), 'init', 'public/', '--no-save']);
    assert.equal(init.status, 0, init.output);
    // One chunk of msw, the seed and the SDK, for a test page: its size is no concern here.
    await build({ root: project.dir, configFile: false, logLevel: 'warn', build: { outDir: 'site', emptyOutDir: true, chunkSizeWarningLimit: 4096 } });

    const site = await serveStatic({ dir: join(project.dir, 'site') });
    const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
    try {
      const page = await browser.newPage();
      const problems = watchPageProblems(page);
      const answeredByWorker: string[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname === '/api/v1/lookup' && response.fromServiceWorker()) answeredByWorker.push(`${response.status()}`);
      });
      await page.goto(site.url, { waitUntil: 'load' });
      const output = await page.waitForFunction(() => document.querySelector('output')?.textContent || null, { timeout: 30_000 });
      assert.equal(await output.jsonValue(), `${SHOWCASE_ORDER.number} out_for_delivery`);
      assert.deepEqual(answeredByWorker, ['200'], 'the lookup was answered by the service worker');
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
