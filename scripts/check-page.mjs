// Opens a page in the local headless Chromium, reports what a person would notice first
// (console errors, failed requests, uncaught exceptions) and saves a screenshot.
//
//   node scripts/check-page.mjs <url> [screenshot.png] [--dark] [--wait-for=<css selector>]
//
// Exits 1 when the page logged an error, threw, or a request failed, so it can guard a demo or a
// Storybook build in a script. Uses puppeteer-core with the browser from find-chrome.mjs.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, requireChrome } from './find-chrome.mjs';

const args = process.argv.slice(2);
const url = args.find((arg) => !arg.startsWith('--'));
const screenshot = args.filter((arg) => !arg.startsWith('--'))[1];
const dark = args.includes('--dark');
const waitFor = args.find((arg) => arg.startsWith('--wait-for='))?.slice('--wait-for='.length);

if (!url) {
  console.error('usage: node scripts/check-page.mjs <url> [screenshot.png] [--dark] [--wait-for=<selector>]');
  process.exit(2);
}

const problems = [];
const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  page.on('console', (message) => {
    const line = `console.${message.type()}: ${message.text()} ${message.location()?.url ?? ''}`.trim();
    // The browser asks every page for /favicon.ico on its own; a missing one is not the page's fault.
    if (message.location()?.url?.endsWith('/favicon.ico')) return;
    // Chrome logs every 4xx answer as an error; they are listed below as HTTP lines instead,
    // since a 404 or 429 can be exactly what the page is showing.
    if (/^Failed to load resource: .* status of 4\d\d/.test(message.text())) return;
    if (message.type() === 'error') problems.push(line);
    else if (message.type() === 'warn') console.log(line);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Aborted requests are navigations and cancelled event streams, not failures.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    // 4xx can be the point of a page (an order not found); a missing file is worth seeing though.
    if (response.status() >= 500) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    else if (response.status() >= 400) console.log(`HTTP ${response.status()}: ${response.url()}`);
  });
  // networkidle2, not 0: a live order keeps its event stream open for as long as it is shown.
  await page.goto(url, { waitUntil: 'networkidle2', timeout: 60_000 });
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 20_000 });
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`Screenshot: ${screenshot}`);
  }
} finally {
  await browser.close();
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${url}: no console errors, no failed requests.`);
