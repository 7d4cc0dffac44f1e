// The React and Vue examples (examples/react, examples/vue) as a shop would run them: each bundled
// by Vite from its own folder with its own config (the files Storybook's Getting started page shows
// whole), @suivi/* read from the built packages (npm run build) as from node_modules, served as
// static files from 127.0.0.1, pointed at the standalone mock API on a free port, opened in Chromium. A shopper types a showcase order's number
// and e-mail into the lookup form; the framework's handler of the lookup's typed event (the React
// wrapper's `onSuiviOrderFound`, Vue's `@suivi-order-found`) puts the order in the page's state,
// and the page shows its heading, the parcel's timeline and the items. No console error, no failed
// request.
//
//   node --import tsx --test test/build/framework-examples.test.ts
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { build } from 'vite';
import { builtSuiviPackages, type BuiltPackages } from '../../scripts/build/built-packages-plugin.ts';
import { CHROME_ARGS, requireChrome } from '../../scripts/find-chrome.mjs';
import { serveStatic } from '../../scripts/build/serve-static.ts';
import { watchPageProblems } from './support/page-problems.ts';
import { EXAMPLE_API, SHOWCASE_ORDER, type StandaloneMock, startMockServer } from './support/standalone-mock.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = ['react', 'vue'] as const;

describe('examples/react and examples/vue', () => {
  let mock: StandaloneMock | undefined;
  let browser: Browser | undefined;
  const out = mkdtempSync(join(tmpdir(), 'suivi-examples-'));
  const sites = new Map<string, Awaited<ReturnType<typeof serveStatic>>>();
  const bundled = new Map<string, string[]>();
  let packages: BuiltPackages | undefined;

  before(async () => {
    packages = builtSuiviPackages();
    mock = await startMockServer();
    const api = mock.url;
    for (const example of EXAMPLES) {
      const outDir = join(out, example);
      const root = join(ROOT, `examples/${example}`);
      // Run from the example's folder, as `vite build` in a shop's project; only where @suivi/* come from differs.
      const output = await build({
        root,
        configFile: join(root, 'vite.config.ts'),
        logLevel: 'warn',
        plugins: [packages.plugin],
        build: { outDir, emptyOutDir: true },
      });
      bundled.set(example, (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : [])).flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : [])));
      // The example's page names the mock's default port; this run's mock is on a free one.
      sites.set(example, await serveStatic({ dir: outDir, transformHtml: (html) => html.replaceAll(EXAMPLE_API, api) }));
    }
    browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
  });

  after(async () => {
    await browser?.close();
    for (const site of sites.values()) await site.close();
    mock?.process.kill();
    packages?.dispose();
    rmSync(out, { recursive: true, force: true });
  });

  it('bundles the built packages, as a shop installs them, never the workspace sources', () => {
    assert.ok(packages);
    for (const example of EXAMPLES) {
      const modules = bundled.get(example) ?? [];
      const sources = modules.filter((id) => /[\\/](packages[\\/][^\\/]+|mocks)[\\/]src[\\/]/.test(id));
      assert.deepEqual(sources, [], `${example} bundles no workspace source`);
      assert.ok(modules.some((id) => /packages[\\/]components[\\/]dist[\\/]/.test(id)), `${example} bundles @suivi/components from dist`);
    }
    for (const [source, file] of packages.resolved) assert.match(file, /[\\/]dist[\\/]/, `${source} resolved to ${file}`);
  });

  for (const example of EXAMPLES) {
    it(`${example}: looks an order up through the form and shows it from the lookup event's handler`, async () => {
      assert.ok(browser);
      const site = sites.get(example)!;
      const built = readFileSync(join(out, example, 'index.html'), 'utf8');
      assert.match(built, new RegExp(`data-api="${EXAMPLE_API}"`), 'the built page names the API in one place');
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        const problems = watchPageProblems(page);
        await page.setViewport({ width: 1024, height: 900 });
        await page.goto(site.url, { waitUntil: 'load' });

        const orderNumber = await page.waitForSelector('::-p-aria([name="Order number"][role="textbox"])', { timeout: 20_000 });
        await orderNumber!.click();
        await page.keyboard.type(SHOWCASE_ORDER.number);
        const email = await page.waitForSelector('::-p-aria([name="E-mail address"][role="textbox"])');
        await email!.click();
        await page.keyboard.type(SHOWCASE_ORDER.email);
        await page.keyboard.press('Enter');

        // The page's own heading only exists once its handler of the lookup event has run.
        await page.waitForSelector(`::-p-aria([name="Order ${SHOWCASE_ORDER.number}"][role="heading"])`, { timeout: 20_000 });
        await page.waitForSelector('::-p-aria([name="Your shipment · UPS"][role="heading"])', { timeout: 20_000 });
        const progress = await page.waitForSelector('::-p-aria([name="Delivery progress"][role="list"])');
        const steps = await progress!.evaluate((list) => [...list.querySelectorAll(':scope > li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim()));
        assert.ok(steps.some((step) => /Out for delivery/.test(step)), `a step says "Out for delivery" (got ${JSON.stringify(steps)})`);
        // The summary got the same order as a property: its items are listed.
        const summaryItems = await page.$$eval('suivi-order-summary', (elements) => elements.map((element) => element.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0));
        assert.ok(summaryItems[0]! > 0, `the summary lists the order's items (got ${JSON.stringify(summaryItems)})`);

        // And back: the page's own button clears its state, and the form is there again.
        const again = await page.waitForSelector('::-p-aria([name="Look up another order"][role="button"])');
        await again!.click();
        await page.waitForSelector('::-p-aria([name="Find my order"][role="button"])');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
