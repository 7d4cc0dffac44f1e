// `npm run size`: what each entry of @suivi/components costs a page, gzip (level 9), Lit and
// everything else it imports inside: each element's define module on its own, and the whole kit
// (dist/cdn/suivi.js: every element, the SDK, the model, English and French). Each is bundled as
// a store's build or the script-tag kit bundles it (bundle.mjs). "With the page" is the entry and
// the chunks it imports statically; chunks reached only through import() are listed apart, and
// the map's country outlines (world-atlas data, loaded by the map when it comes into view) are
// left out, as the issue's budgets say.
//
// Prints a Markdown report and writes it as the "Kit sizes" section of BENCHMARKS.md. The budgets
// (issue 5: the kit ≤ 45 kB, any element entry ≤ 20 kB) are shown beside each figure; this script
// reports them, it does not fail on them.
//
//   npm run size [-- --no-write]
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundle } from './bundle.mjs';
import { chunkName, gzipSize, kB, packageOf, sharesBy } from './weigh.mjs';
import { ROOT } from './packages.mjs';

const { values: options } = parseArgs({ options: { 'no-write': { type: 'boolean', default: false } }, strict: true });

const KIT_BUDGET = 45_000;
const ELEMENT_BUDGET = 20_000;
const KIT_ENTRY = 'packages/components/src/define-all.ts';
const ELEMENTS = [
  ['suivi-order-lookup', 'order-lookup'],
  ['suivi-order-summary', 'order-summary'],
  ['suivi-order-timeline', 'order-timeline'],
  ['suivi-order-status', 'order-status'],
  ['suivi-tracking-map', 'tracking-map'],
  ['suivi-share-link', 'share-link'],
  ['suivi-shared-order', 'shared-order'],
  ['suivi-return-request', 'return-request'],
  ['suivi-notification-preferences', 'notification-preferences'],
  ['suivi-order-table', 'order-table'],
  ['suivi-order-detail', 'order-detail'],
  ['suivi-order-admin', 'admin-page'],
];

/** The map's country outlines: data, not code, excluded from every figure. */
const isMapData = (file) => Object.keys(file.modules).some((id) => /world-atlas\/countries-\d+m\.json/.test(id));

/** One entry bundled and weighed: gzip with the page, each lazy chunk, and the map data left out. */
async function measure(entry) {
  const outDir = await mkdtemp(join(tmpdir(), 'suivi-size-'));
  try {
    const files = await bundle({ entry, outDir, fileName: 'entry.js', expectedLogs: ['INEFFECTIVE_DYNAMIC_IMPORT'] });
    const withPage = files.filter((file) => !file.lazy);
    const lazy = files.filter((file) => file.lazy && !isMapData(file));
    return {
      files,
      gzip: withPage.reduce((sum, file) => sum + gzipSize(file.code), 0),
      raw: withPage.reduce((sum, file) => sum + Buffer.byteLength(file.code), 0),
      lazy: lazy.map((file) => ({ name: chunkName(file), gzip: gzipSize(file.code) })).sort((a, b) => b.gzip - a.gzip),
      mapData: files.filter(isMapData).reduce((sum, file) => sum + gzipSize(file.code), 0),
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Each package's share of what loads with the page. */
const sharesByPackage = (files) => sharesBy(files.filter((file) => !file.lazy), (id) => packageOf(id));

/** Within @suivi/components: each element folder's (and the shared folders') share of what loads with the page. */
const sharesByComponentFolder = (files) =>
  sharesBy(files.filter((file) => !file.lazy), (id) => /packages\/components\/src\/([^/]+)\//.exec(id)?.[1] ?? null);

/** The commit measured, marked when the working tree has changes in the components, SDK or model. */
function commit() {
  const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    const changed = git('status', '--porcelain', '--', 'packages/model/src', 'packages/sdk/src', 'packages/components/src') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${changed ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'an unknown commit';
  }
}

const verdict = (bytes, budget) => (bytes <= budget ? 'within' : `**over by ${kB(bytes - budget)}**`);

const rows = [];
for (const [tag, folder] of ELEMENTS) {
  const entry = `packages/components/src/${folder}/define.ts`;
  process.stderr.write(`bundling ${entry}\n`);
  rows.push({ tag, entry, ...(await measure(entry)) });
}
process.stderr.write(`bundling ${KIT_ENTRY}\n`);
const kit = await measure(KIT_ENTRY);
const kitPackages = await sharesByPackage(kit.files);
const kitFolders = await sharesByComponentFolder(kit.files);

const lines = [];
lines.push('## Kit sizes', '');
lines.push(
  `Measured ${new Date().toISOString().slice(0, 10)} at ${commit()} with \`npm run size\` (scripts/build/size.mjs): each entry bundled by Vite as a store's build`,
  'or the script-tag kit bundles it (ES modules, minified, no comments, Lit and every dependency inside, never the mock), gzip',
  'level 9. "With the page" is the entry plus the chunks it imports statically; chunks reached only through `import()` are',
  "listed apart; the map's country outlines (world-atlas data) are excluded. Budgets from issue 5, **reported, not enforced yet**.",
  '',
);
lines.push('| entry | with the page (gzip) | budget | | loaded on demand (gzip) |', '| --- | ---: | ---: | --- | --- |');
const lazyText = (lazy) => (lazy.length ? lazy.map((chunk) => `${chunk.name} ${kB(chunk.gzip)}`).join(', ') : '—');
for (const row of rows) {
  lines.push(`| \`define/${row.tag.replace(/^suivi-/, '')}\` (\`<${row.tag}>\`) | ${kB(row.gzip)} | ${kB(ELEMENT_BUDGET)} | ${verdict(row.gzip, ELEMENT_BUDGET)} | ${lazyText(row.lazy)} |`);
}
lines.push(`| **the whole kit** (\`cdn/suivi.js\`: every element, SDK, model, EN + FR) | **${kB(kit.gzip)}** | ${kB(KIT_BUDGET)} | ${verdict(kit.gzip, KIT_BUDGET)} | ${lazyText(kit.lazy)} |`);
const over = rows.filter((row) => row.gzip > ELEMENT_BUDGET).map((row) => `\`<${row.tag}>\``);
lines.push('');
lines.push(
  `Over budget: ${kit.gzip > KIT_BUDGET ? 'the whole kit' : 'not the whole kit'}${over.length ? `; element entries ${over.join(', ')}` : '; no element entry'}.`,
  `The map's country outlines, excluded above: ${kB(kit.mapData)} gzip, fetched by the map only.`,
  '',
);
lines.push('What the whole kit loads with the page, by package (each minified and gzipped on its own):', '');
lines.push('| package | gzip |', '| --- | ---: |');
for (const share of kitPackages) lines.push(`| ${share.group} | ${kB(share.gzip)} |`);
lines.push('', 'and within @suivi/components, by folder:', '');
lines.push('| folder | gzip |', '| --- | ---: |');
for (const share of kitFolders) lines.push(`| ${share.group} | ${kB(share.gzip)} |`);
const report = lines.join('\n');
console.log(report);

if (!options['no-write']) {
  // Replace the section (up to the next "## " heading) or add it at the end; the rest is untouched.
  const path = join(ROOT, 'BENCHMARKS.md');
  const text = await readFile(path, 'utf8');
  const start = text.indexOf('\n## Kit sizes\n');
  let updated;
  if (start < 0) updated = `${text.trimEnd()}\n\n${report}\n`;
  else {
    const next = text.indexOf('\n## ', start + 1);
    updated = `${text.slice(0, start + 1)}${report}\n${next < 0 ? '' : text.slice(next)}`;
  }
  await writeFile(path, updated);
  process.stderr.write('wrote the "Kit sizes" section of BENCHMARKS.md\n');
}
