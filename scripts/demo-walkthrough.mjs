// Walks the running demo (`npm start`) as a shopper would, in headless Chromium: look an order up,
// advance the carrier clock, switch to French and dark. Fails on any console error and saves
// screenshots of each step, to look at after changing the demo or the components.
//
//   node scripts/demo-walkthrough.mjs [url=http://127.0.0.1:5173/] [screenshot-prefix=/tmp/demo]
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, requireChrome } from './find-chrome.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/';
const prefix = process.argv[3] ?? '/tmp/demo';
const errors = [];

const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
const page = await browser.newPage();
try {
  await page.setViewport({ width: 1280, height: 900 });
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle0' });

  // The first showcase order, read off the page as a person would copy it.
  const [orderNumber, email] = await page.$$eval('.orders li:first-child code', (codes) => codes.map((code) => code.textContent));
  const lookup = 'suivi-order-status >>> suivi-order-lookup';
  await page.waitForSelector(lookup);
  await page.locator(`${lookup} >>> input[name="orderNumber"]`).fill(orderNumber);
  await page.locator(`${lookup} >>> input[name="email"]`).fill(email);
  await page.locator(`${lookup} >>> button[type="submit"]`).click();
  const headingHandle = await page.waitForFunction(
    () => document.querySelector('suivi-order-status')?.shadowRoot?.querySelector('#order-heading'),
    { timeout: 15_000 },
  );
  const heading = await headingHandle.evaluate((element) => element.textContent?.trim());
  console.log(`Found: ${heading}`);
  await page.screenshot({ path: `${prefix}-order.png`, fullPage: true });

  await page.click('button.clock');
  await page.waitForFunction(() => document.querySelector('.clock-report')?.textContent?.trim());
  console.log(`Clock: ${await page.$eval('.clock-report', (element) => element.textContent?.trim())}`);

  await page.click('input[name="locale"][value="fr"] + span');
  await page.click('input[name="theme"][value="dark"] + span');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: `${prefix}-fr-dark.png`, fullPage: true });
  console.log(`Screenshots: ${prefix}-order.png, ${prefix}-fr-dark.png`);
} catch (error) {
  await page.screenshot({ path: `${prefix}-failure.png`, fullPage: true });
  console.error(`Stopped at: ${error.message} (screenshot: ${prefix}-failure.png)`);
  process.exitCode = 1;
} finally {
  await browser.close();
}

if (errors.length || process.exitCode) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log('Demo walkthrough: no console errors.');
