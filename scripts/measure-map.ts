// Measures <suivi-tracking-map>: what it costs to download and how fast a live event moves its marker.
//
//   npx tsx scripts/measure-map.ts
//
// Sizes: a production Vite build (minified, the same Oxc decorator options as the demo) of
// `@suivi/components/define/tracking-map`, each chunk gzipped (zlib, level 9): the card itself,
// with Lit bundled and with Lit left to the page, and the two chunks it imports lazily, the map
// code (map-kit.ts and its geo/ modules) and the map data (world-atlas countries-110m).
// Timing: the built card in headless Chromium (scripts/find-chrome.mjs), the mock's #1001 parcel
// handed two alternating scans ten times: median time from setting `shipment` to the marker's
// new place painted, with reduced motion (no animation: the render time), and with motion, the
// time to the start of the marker's animation.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { createMockApi } from '@suivi/mocks';
import type { Shipment } from '@suivi/model';
import { CHROME_ARGS, requireChrome } from './find-chrome.mjs';
import { litLegacyDecoratorsOxcOptions } from './vite-legacy-decorators.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const work = join(repo, 'node_modules/.cache/suivi-measure-map');
const RUNS = 10;

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** What each built chunk is, read from what it contains. */
function kindOf(file: string, code: string): string {
  if (code.includes('"Topology"') || file.includes('countries-110m')) return 'map data (world-atlas countries-110m)';
  if (file.startsWith('map-kit')) return 'map code (map-kit.ts, geo/)';
  return 'card';
}

/** Builds the card with `external` left out of the bundle (as a page that already has them would). */
async function measureSizes(name: string, external: RegExp[]) {
  const outDir = join(work, name);
  await build({
    configFile: false,
    root: repo,
    logLevel: 'silent',
    // public/ holds the demo's mockServiceWorker.js: not part of the card.
    publicDir: false,
    oxc: litLegacyDecoratorsOxcOptions,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: join(repo, 'packages/components/src/tracking-map/define.ts'), formats: ['es'], fileName: 'tracking-map' },
      rolldownOptions: { external },
    },
  });
  const sizes = new Map<string, { raw: number; gzip: number }>();
  for (const file of readdirSync(outDir).filter((name) => name.endsWith('.js'))) {
    const path = join(outDir, file);
    const code = readFileSync(path, 'utf8');
    const kind = kindOf(file, code);
    const total = sizes.get(kind) ?? { raw: 0, gzip: 0 };
    sizes.set(kind, { raw: total.raw + code.length, gzip: total.gzip + gzipSize(path) });
  }
  return sizes;
}

/** Two snapshots of one parcel, one scan apart, from the mock's carrier clock. */
function twoScans(): [Shipment, Shipment] {
  const api = createMockApi({ anchor: new Date('2026-11-20T09:00:00Z') });
  const first = structuredClone(api.store.getByNumber('#1001')!.shipments[0]);
  api.clock.advance(1);
  const second = structuredClone(api.store.getByNumber('#1001')!.shipments[0]);
  return [first, second];
}

async function buildPage() {
  const root = join(work, 'page');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>measure</title></head><body><script type="module" src="${join(repo, 'scripts/measure-map-page.ts')}"></script></body></html>`,
  );
  const outDir = join(work, 'page-dist');
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    oxc: litLegacyDecoratorsOxcOptions,
    server: { fs: { allow: [repo] } },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

async function measureTiming(dist: string) {
  const server = createServer((request, response) => {
    const path = join(dist, new URL(request.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'));
    try {
      const body = readFileSync(path);
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
  try {
    const [a, b] = twoScans();
    const results: Record<string, { updated: number[]; painted: number[]; animationStart: number[] }> = {};
    for (const motion of ['reduce', 'no-preference'] as const) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 900 });
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: motion }]);
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.evaluate((shipment) => window.showCard(shipment), a);
      const runs = { updated: [] as number[], painted: [] as number[], animationStart: [] as number[] };
      for (let run = 0; run < RUNS; run++) {
        const next = run % 2 === 0 ? b : a;
        const result = await page.evaluate((shipment) => window.timeLiveEvent(shipment), next);
        if (!result.moved) throw new Error('The marker did not move');
        runs.updated.push(result.updatedMs);
        runs.painted.push(result.paintedMs);
        if (result.animationStartMs !== null) runs.animationStart.push(result.animationStartMs);
      }
      results[motion] = runs;
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

const LIT = [/^lit($|\/)/, /^@lit\//];
const withLit = await measureSizes('with-lit', []);
const withoutLit = await measureSizes('without-lit', LIT);
// The shared i18n imports SUPPORTED_LOCALES and formatMoney from @suivi/model's index, which
// brings the model's zod/mini schemas along; shown apart so the card's own weight is visible.
const withoutLitOrModel = await measureSizes('without-lit-or-model', [...LIT, /^@suivi\/model$/]);
const line = (label: string, size: { raw: number; gzip: number }) => console.log(`  ${label}: ${kB(size.gzip)} gzip (${kB(size.raw)} raw)`);
console.log('Sizes (minified, gzip -9):');
for (const [kind, size] of withLit) if (kind !== 'card') line(`${kind}, lazy`, size);
line('card, Lit included', withLit.get('card')!);
line('card, Lit excluded', withoutLit.get('card')!);
line('card, Lit and @suivi/model excluded', withoutLitOrModel.get('card')!);

const timing = await measureTiming(await buildPage());
const fmt = (values: number[]) => `${median(values).toFixed(1)} ms (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)})`;
console.log(`Live event → marker at its new place, median of ${RUNS} runs in headless Chromium:`);
console.log(`  reduced motion, updated in the DOM: ${fmt(timing.reduce.updated)}`);
console.log(`  reduced motion, painted: ${fmt(timing.reduce.painted)}`);
console.log(`  with motion, animation started: ${fmt(timing['no-preference'].animationStart)} (then 1.2 s along the way)`);
