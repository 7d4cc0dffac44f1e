// The demo's mock data survives a page reload, as a person trying the demo finds it: look order
// #1001 up, move the carriers on until it is out for delivery, reload the page, look it up again
// and it is still out for delivery; "Reset demo data" brings the seeded state back.
//
//   node --import tsx --test test/build/demo-durability.test.ts
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { type BuiltDemo, startBuiltDemo } from './support/built-demo.ts';

const ORDER = { number: '1001', email: 'camille.martin@example.fr' };
const STATUS = 'suivi-order-status';

/** A control of the lookup form inside the status page's shadow roots, once it is there. */
async function lookupControl(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (status, inner) => document.querySelector(status)?.shadowRoot?.querySelector('suivi-order-lookup')?.shadowRoot?.querySelector(inner) ?? false,
    { timeout: 15_000 },
    STATUS,
    selector,
  );
  return handle as ElementHandle<Element>;
}

/** Types the order number and e-mail into the lookup and presses Enter, as a shopper does. */
async function lookUp(page: Page): Promise<void> {
  await (await lookupControl(page, 'input[name="orderNumber"]')).type(ORDER.number);
  const email = await lookupControl(page, 'input[name="email"]');
  await email.type(ORDER.email);
  await email.press('Enter');
}

/** The name of the timeline's current step (the one marked aria-current), once one shows. */
async function currentStep(page: Page, expected: string): Promise<string> {
  const handle = await page.waitForFunction(
    (status, name) => {
      const timeline = document.querySelector(status)?.shadowRoot?.querySelector('suivi-order-timeline');
      const text = timeline?.shadowRoot?.querySelector('[aria-current="step"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return text.startsWith(name) ? text : false;
    },
    { timeout: 15_000 },
    STATUS,
    expected,
  );
  return (await handle.jsonValue()) as string;
}

describe('demo: the mock data survives a reload', () => {
  let demo: BuiltDemo | undefined;

  before(async () => {
    // The built demo, as `npm run build:demo` makes it, served from 127.0.0.1 on a free port.
    demo = await startBuiltDemo({ prefix: 'suivi-demo-' });
  });

  after(async () => {
    await demo?.close();
  });

  it('keeps a parcel the carriers moved on, and the reset control forgets it', async () => {
    const page = await demo!.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push((error as Error).message));
    await page.goto(demo!.url, { waitUntil: 'load' });
    await lookUp(page);
    await currentStep(page, 'In transit');

    // The demo's clock button, twice: #1001 reaches "Out for delivery".
    await page.evaluate(() => (window as unknown as { suiviDemo: { advanceClock(): void } }).suiviDemo.advanceClock());
    await page.evaluate(() => (window as unknown as { suiviDemo: { advanceClock(): void } }).suiviDemo.advanceClock());
    await currentStep(page, 'Out for delivery');

    await page.reload({ waitUntil: 'load' });
    await lookUp(page);
    assert.match(await currentStep(page, 'Out for delivery'), /^Out for delivery/, 'after a reload the parcel is where the carriers left it');

    // "Reset demo data": the page reloads on the seeded data.
    const reset = await page.waitForSelector('::-p-text(Reset demo data)');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), reset!.click()]);
    await lookUp(page);
    assert.match(await currentStep(page, 'In transit'), /^In transit/, 'after a reset the order is as seeded');
    assert.deepEqual(errors, []);
  });
});
