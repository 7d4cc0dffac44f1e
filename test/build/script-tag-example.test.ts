// The script-tag example (examples/script-tag/index.html) as a developer would use it: the kit
// built (dist/cdn/suivi.js), the standalone mock API on a free port, the page served as a plain
// file from 127.0.0.1, opened in Chromium. A shopper types a showcase order's number and e-mail
// and sees the order, its timeline and live updates on; the page logs no error and no request fails.
//
//   node --import tsx --test test/build/script-tag-example.test.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type ExampleSite, startExampleSite } from './support/example-site.ts';
import { EXAMPLE_API, SHOWCASE_ORDER } from './support/standalone-mock.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = 'examples/script-tag/index.html';
const ORDER = SHOWCASE_ORDER;

describe('examples/script-tag', () => {
  let site: ExampleSite | undefined;

  before(async () => {
    site = await startExampleSite();
  });

  after(async () => {
    await site?.close();
  });

  it('is an empty page with one module script and the tag pointed at the mock', () => {
    const html = readFileSync(`${ROOT}${EXAMPLE}`, 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    // The kit's folder beside the page, as a shop hosts it (support/example-site.ts serves it so).
    assert.deepEqual(scripts, ['<script type="module" src="./suivi/suivi.js">']);
    assert.match(html, new RegExp(`<suivi-order-status base-url="${EXAMPLE_API}"></suivi-order-status>`));
    assert.doesNotMatch(html, /importmap/);
  });

  it('finds an order typed by the shopper and shows it with its timeline, with no error', async () => {
    assert.ok(site);
    const context = await site.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      // Its own watch, stricter than support/page-problems.ts: an aborted request counts too.
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.setViewport({ width: 1024, height: 900 });
      await page.goto(new URL('examples/script-tag/', site.url).href, { waitUntil: 'load' });

      // As a person does: find the fields by their labels, type, press the button.
      const orderNumber = await page.waitForSelector('::-p-aria([name="Order number"][role="textbox"])', { timeout: 20_000 });
      await orderNumber!.click();
      await page.keyboard.type(ORDER.number);
      const email = await page.waitForSelector('::-p-aria([name="E-mail address"][role="textbox"])');
      await email!.click();
      await page.keyboard.type(ORDER.email);
      const submit = await page.waitForSelector('::-p-aria([name="Find my order"][role="button"])');
      await submit!.click();

      // The order, then its parcel's timeline with the carrier's steps and status.
      await page.waitForSelector(`::-p-aria([name="Order ${ORDER.number}"][role="heading"])`, { timeout: 20_000 });
      await page.waitForSelector('::-p-aria([name="Your shipment · UPS"][role="heading"])', { timeout: 20_000 });
      const progress = await page.waitForSelector('::-p-aria([name="Delivery progress"][role="list"])');
      const steps = await progress!.evaluate((list) => [...list.querySelectorAll(':scope > li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim()));
      assert.ok(steps.length >= 3, `the timeline shows the delivery steps (got ${JSON.stringify(steps)})`);
      assert.ok(steps.some((step) => /Out for delivery/.test(step)), `a step says "Out for delivery" (got ${JSON.stringify(steps)})`);

      // Then it follows the order live, across origins (the mock's CORS must let the stream through).
      await page.waitForSelector('::-p-text(Live updates on)', { timeout: 20_000 });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
