// Share links made by the standalone mock server (`npm run mock:server`). By default a link is the
// server's own `/?share=<token>`, and the server answers it with a page that says it is the mock
// API, where the link's shared view is, and how to make links that open a page of your own;
// `--share-base=URL` makes the links open that page instead. Driven the way a developer meets it:
// over HTTP, and through the command line.
//
//   node --import tsx --test test/unit/mock-server-share-links.test.ts
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LookupResponse, ShareLink, SharedOrderView } from '@suivi/model';
import * as z from 'zod/mini';
import { createMockApi } from '../../mocks/src/index.ts';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/src/server/http-server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = 'mocks/src/server/cli.ts';

/** Looks #1001 up and makes a share link of it, through the server at `api`. */
async function makeShareLink(api: string): Promise<ShareLink> {
  const found = await fetch(`${api}/v1/lookup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orderNumber: '#1001', email: 'camille.martin@example.fr' }),
  });
  const { token, order } = z.parse(LookupResponse, await found.json());
  const made = await fetch(`${api}/v1/orders/${order.id}/share-links`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  assert.equal(made.status, 201);
  return z.parse(ShareLink, await made.json());
}

describe('mock server share links, by default', () => {
  let server: MockHttpServer;
  before(async () => {
    server = await startMockHttpServer({ api: createMockApi({ orderCount: 20 }), port: 0 });
  });
  after(() => server.close());

  it("point at the server's root, which answers with a page leading to the link's shared view, not a 404", async () => {
    const link = await makeShareLink(server.url);
    assert.equal(link.url, `${new URL('/', server.url).href}?share=${link.token}`);

    const page = await fetch(link.url);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    const html = await page.text();
    assert.match(html, /Suivi mock API/);
    assert.match(html, /--share-base=/, 'it says how to make links that open your own page');
    const sharedView = /<a href="([^"]+)">/.exec(html)?.[1];
    assert.equal(sharedView, `/api/v1/share-links/${link.token}`);

    // The address it gives answers the link's redacted view.
    const view = await fetch(new URL(sharedView!, server.url));
    assert.equal(view.status, 200);
    assert.equal(z.parse(SharedOrderView, await view.json()).orderNumber, '#1001');
  });

  it('writes whatever token the address holds as text only', async () => {
    const html = await (await fetch(`${new URL('/', server.url).href}?share=${encodeURIComponent('<img src=x onerror=alert(1)>"')}`)).text();
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;&quot;/);
  });

  it('still answers unknown paths with the error shape', async () => {
    const missing = await fetch(new URL('/elsewhere', server.url));
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { code: string }).code, 'not_found');
  });
});

/** Runs the CLI with `args`; resolves once it listens (with its output so far) or exits. */
function runCli(args: string[]): Promise<{ child: ChildProcess; output: string; exitCode: number | null; url: string | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the mock server neither listened nor exited:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /^Suivi mock API listening on (\S+)$/m.exec(output);
      // The share-link line comes last; wait for it.
      if (listening && /^Share links open /m.test(output)) {
        clearTimeout(timer);
        resolve({ child, output, exitCode: null, url: listening[1]! });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ child, output, exitCode: code, url: null });
    });
  });
}

describe('npm run mock:server -- --share-base', () => {
  const started: ChildProcess[] = [];
  after(() => started.forEach((child) => child.kill()));

  it('makes links that open the given page, keeping its own query', async () => {
    const run = await runCli(['--port', '0', '--orders', '20', '--share-base=http://localhost:5173/track?from=mail']);
    started.push(run.child);
    assert.ok(run.url, run.output);
    assert.match(run.output, /^Share links open http:\/\/localhost:5173\/track\?from=mail&share=<token>$/m);
    const link = await makeShareLink(run.url);
    assert.equal(link.url, `http://localhost:5173/track?from=mail&share=${link.token}`);
  });

  it('refuses an address that is not absolute http(s), saying why, with the usage', async () => {
    for (const value of ['track', 'ftp://example.com/track', 'http://localhost:5173/?share=x']) {
      const run = await runCli(['--port', '0', `--share-base=${value}`]);
      assert.equal(run.exitCode, 2, run.output);
      assert.match(run.output, /--share-base must /);
      assert.match(run.output, /Usage: npm run mock:server/);
    }
  });

  it('lists it in --help', async () => {
    const run = await runCli(['--help']);
    assert.equal(run.exitCode, 0);
    assert.match(run.output, /--share-base <url>/);
    assert.match(run.output, /--port <n>/);
  });
});
