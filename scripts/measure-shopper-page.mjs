// The two figures of the shopper's page, measured the same way on any machine:
//
//   1. the JavaScript a store ships for <suivi-order-status>: its define module bundled with Vite
//      in library mode (one ES module, minified, every dependency inside: Lit, @lit/context,
//      @lit/task, the SDK, the model, zod/mini; never the mock), raw and gzip (level 9) bytes,
//      with a breakdown by package;
//   2. in the demo, built (`vite build`) and served from 127.0.0.1, driven in headless Chromium:
//      the time from the click on "Find my order" to the timeline showing the shipment steps, and
//      from a carrier clock tick to the timeline showing the new status (live update), over
//      fresh pages, as median and p95.
//
//   npm run measure:shopper [-- --runs=20] [-- --only=bundle|timing]
//
// Prints a Markdown report for BENCHMARKS.md. Timings depend on the machine and its load, which is
// why they live here and never in a test.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROME_ARGS, requireChrome } from './find-chrome.mjs';
import { bundle } from './build/bundle.mjs';
import { serveStatic } from './build/serve-static.ts';
import { chunkName, gzipSize, kB, packageOf, sharesBy } from './build/weigh.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = 'packages/components/src/order-status/define.ts';
/** The showcase order used for both timings: out for delivery, and delivered after one clock tick. */
const ORDER = { orderNumber: '#1002', email: 'oliver.bennett@example.co.uk' };

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    only: { type: 'string' },
  },
  strict: true,
});
const RUNS = Number(options.runs);
if (!Number.isInteger(RUNS) || RUNS < 10) throw new Error(`--runs must be an integer of at least 10 (got ${options.runs})`);
if (options.only && !['bundle', 'timing'].includes(options.only)) throw new Error('--only is bundle or timing');

// ---- 1. What a store ships ------------------------------------------------------------------

async function measureBundle() {
  const outDir = await mkdtemp(join(tmpdir(), 'suivi-shopper-bundle-'));
  try {
    // bundle() is how the kit is built and sized (scripts/build): the entry plus the chunks it
    // imports statically load with the page; the rest only through import(), when needed.
    const bundled = await bundle({ entry: ENTRY, outDir, fileName: 'suivi-order-status.js', expectedLogs: ['INEFFECTIVE_DYNAMIC_IMPORT'] });
    const files = bundled
      .map((file) => ({ name: chunkName(file), lazy: file.lazy, raw: Buffer.byteLength(file.code), gzip: gzipSize(file.code) }))
      .sort((a, b) => Number(a.lazy) - Number(b.lazy) || b.gzip - a.gzip);
    // Each package's share, per kind of chunk (with the page, on demand).
    const packages = (await sharesBy(bundled, (id, file) => `${packageOf(id)}\u0000${file.lazy ? 'lazy' : 'entry'}`))
      .map(({ group, minified, gzip }) => {
        const [name, loaded] = group.split('\u0000');
        return { name, lazy: loaded === 'lazy', minified, gzip };
      })
      .sort((a, b) => Number(a.lazy) - Number(b.lazy) || b.gzip - a.gzip);
    const sum = (list, field) => list.reduce((total, item) => total + item[field], 0);
    const entry = files.filter((file) => !file.lazy);
    const lazy = files.filter((file) => file.lazy);
    return {
      entry: { raw: sum(entry, 'raw'), gzip: sum(entry, 'gzip') },
      lazy: { raw: sum(lazy, 'raw'), gzip: sum(lazy, 'gzip') },
      files,
      packages,
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

// ---- 2. The demo, timed in Chromium -----------------------------------------------------------


/**
 * Installed in each page before its scripts: how to find the status page's parts through their
 * shadow roots, and a watcher that notes the first animation frame (the next paint) at which a
 * condition holds, so the times end when the person could see the result.
 */
function installProbes() {
  const statusRoot = () => document.querySelector('suivi-order-status')?.shadowRoot ?? null;
  const lookupRoot = () => statusRoot()?.querySelector('suivi-order-lookup')?.shadowRoot ?? null;
  const timelineRoot = () => statusRoot()?.querySelector('suivi-order-timeline')?.shadowRoot ?? null;
  const firstFrameWhere = (check, timeoutMs) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const frame = () => {
        if (check()) resolve(performance.now());
        else if (performance.now() - started > timeoutMs) reject(new Error('the page did not get there in time'));
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  window.__shopperProbes = {
    lookupReady: () => Boolean(lookupRoot()?.querySelector('input[name="email"]')),
    stepsShown: () => (timelineRoot()?.querySelectorAll('ol.steps > li').length ?? 0) > 0,
    liveOpen: () => Boolean(statusRoot()?.querySelector('.live[data-state="open"]')),
    /** The shipment's status badge as read on screen, without its decorative glyph. */
    shipmentStatus: () => {
      const badge = timelineRoot()?.querySelector('.shipment-status .badge');
      if (!badge) return '';
      const words = [...badge.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE || (node instanceof Element && !node.classList.contains('glyph')));
      return words.map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim();
    },
    firstFrameWhere,
    clickAt: null,
    shownAt: null,
  };
}

/** One visit in a fresh browser context (no service worker, cache or storage from the previous one). */
async function timeOneVisit(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(installProbes);
    await page.goto(url, { waitUntil: 'load' });
    // The components load once the mock's worker runs, so a ready form means a ready API.
    await page.waitForFunction(() => window.__shopperProbes.lookupReady(), { timeout: 30_000 });

    const lookup = 'suivi-order-status >>> suivi-order-lookup';
    await page.locator(`${lookup} >>> input[name="orderNumber"]`).fill(ORDER.orderNumber);
    await page.locator(`${lookup} >>> input[name="email"]`).fill(ORDER.email);
    await page.evaluate(() => {
      const probes = window.__shopperProbes;
      document.addEventListener(
        'click',
        (event) => {
          if (event.composedPath().some((node) => node instanceof Element && node.getAttribute('part') === 'submit')) probes.clickAt = performance.now();
        },
        { capture: true, once: true },
      );
      void probes.firstFrameWhere(() => probes.clickAt !== null && probes.stepsShown(), 30_000).then((at) => (probes.shownAt = at));
    });
    await page.locator(`${lookup} >>> button[type="submit"]`).click();
    await page.waitForFunction(() => window.__shopperProbes.shownAt !== null, { timeout: 30_000 });
    const submitToTimeline = await page.evaluate(() => window.__shopperProbes.shownAt - window.__shopperProbes.clickAt);

    // The live update: from the tick to the timeline showing the shipment's new status.
    await page.waitForFunction(() => window.__shopperProbes.liveOpen(), { timeout: 30_000 });
    const live = await page.evaluate(async () => {
      const probes = window.__shopperProbes;
      const before = probes.shipmentStatus();
      const start = performance.now();
      const moved = await window.suiviDemo.advanceClock();
      const shown = await probes.firstFrameWhere(() => probes.shipmentStatus() !== before, 30_000);
      return { ms: shown - start, moved, before, after: probes.shipmentStatus() };
    });
    if (live.moved < 1) throw new Error('the clock tick moved no shipment');
    if (pageErrors.length) throw new Error(`the demo threw: ${pageErrors.join('; ')}`);
    return { submitToTimeline, live };
  } finally {
    await context.close();
  }
}

async function measureTimings() {
  const outDir = await mkdtemp(join(tmpdir(), 'suivi-shopper-demo-'));
  const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
  let server;
  try {
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    server = await serveStatic({ dir: outDir });
    const submit = [];
    const live = [];
    let transition = '';
    for (let run = 1; run <= RUNS; run++) {
      const visit = await timeOneVisit(browser, server.url);
      submit.push(visit.submitToTimeline);
      live.push(visit.live.ms);
      transition = `${visit.live.before} → ${visit.live.after}`;
      process.stderr.write(`run ${run}/${RUNS}: submit → timeline ${visit.submitToTimeline.toFixed(1)} ms, tick → new status ${visit.live.ms.toFixed(1)} ms\n`);
    }
    return { submit, live, transition, chromium: await browser.version() };
  } finally {
    await browser.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Median (mean of the middle two for an even count) and p95 by nearest rank. */
function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1];
  return { median, p95, min: sorted[0], max: sorted.at(-1) };
}

// ---- Report -----------------------------------------------------------------------------------

const lines = [];
const load = loadavg().map((value) => value.toFixed(2)).join(' / ');
lines.push(`Measured ${new Date().toISOString()} with \`npm run measure:shopper${options.runs === '20' ? '' : ` -- --runs=${RUNS}`}\``);
lines.push(`on ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, load average at start ${load} (1 / 5 / 15 min).`);

if (options.only !== 'timing') {
  const bundle = await measureBundle();
  const size = ({ gzip, raw }) => `${kB(gzip)} gzip, ${kB(raw)} minified (${gzip} / ${raw} bytes)`;
  lines.push('', `### JavaScript for \`<suivi-order-status>\``, '');
  lines.push(`\`${ENTRY}\` bundled by Vite (library mode, ES modules, minified without comments, every dependency inside, no mock); gzip at level 9:`, '');
  lines.push(`- **loaded with the page: ${size(bundle.entry)}**`);
  if (bundle.files.some((file) => file.lazy)) {
    lines.push(`- loaded on demand (dynamic \`import()\`): ${size(bundle.lazy)}`);
    lines.push(`- everything: ${size({ gzip: bundle.entry.gzip + bundle.lazy.gzip, raw: bundle.entry.raw + bundle.lazy.raw })}`);
  }
  lines.push('', '| file | loaded | minified | gzip |', '| --- | --- | ---: | ---: |');
  for (const file of bundle.files) lines.push(`| ${file.name} | ${file.lazy ? 'on demand' : 'with the page'} | ${kB(file.raw)} | ${kB(file.gzip)} |`);
  lines.push('', '| package | loaded | minified | gzip (on its own) |', '| --- | --- | ---: | ---: |');
  for (const pkg of bundle.packages) lines.push(`| ${pkg.name} | ${pkg.lazy ? 'on demand' : 'with the page'} | ${kB(pkg.minified)} | ${kB(pkg.gzip)} |`);
}

if (options.only !== 'bundle') {
  const timings = await measureTimings();
  const submit = summarise(timings.submit);
  const live = summarise(timings.live);
  const ms = (value) => `${Math.round(value)} ms`;
  lines.push('', '### Time to the timeline in the demo', '');
  lines.push(`${timings.chromium}, headless, ${RUNS} visits each in a fresh browser context, demo built with \`vite build\` and served from 127.0.0.1; times end at the first animation frame that shows the result.`, '');
  lines.push('| from → to | median | p95 | min | max |', '| --- | ---: | ---: | ---: | ---: |');
  lines.push(`| click on "Find my order" (${ORDER.orderNumber}) → timeline with the shipment steps | ${ms(submit.median)} | ${ms(submit.p95)} | ${ms(submit.min)} | ${ms(submit.max)} |`);
  lines.push(`| carrier clock tick → timeline shows the new status (${timings.transition}) | ${ms(live.median)} | ${ms(live.p95)} | ${ms(live.min)} | ${ms(live.max)} |`);
}

console.log(lines.join('\n'));
