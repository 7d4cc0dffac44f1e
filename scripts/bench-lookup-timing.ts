/**
 * `npm run bench:lookup-timing`: does a failed lookup take longer when the order number exists?
 * If it did, an attacker could learn which order numbers are real from timing alone, whatever the
 * (identical) 404 says. Starts the standalone mock server on 127.0.0.1, then times, over HTTP as an
 * attacker would, many lookups of two kinds interleaved in a shuffled order: an unknown order
 * number, and an existing number with a wrong e-mail. Prints and writes to BENCHMARKS.md the
 * median round trip of each and the difference of the medians with a 95 % bootstrap confidence
 * interval.
 *
 * Options: --samples N (per kind, default 4000), --orders N (default 2000), --seed N,
 * --no-write (print only). Rate limits are raised for the run (the limiter still records every
 * failure, so both paths keep doing that work) and the client address rotates.
 */
import '../mocks/src/polyfills/promise-with-resolvers.ts';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getResponse } from 'msw';
import { DEFAULT_FAILED_LOOKUP_FLOOR_MS, createMockApi } from '../mocks/src/index.ts';
import { Random } from '../mocks/src/random/random.ts';
import { startMockHttpServer } from '../mocks/src/server/http-server.ts';

const { values } = parseArgs({
  options: {
    samples: { type: 'string' },
    orders: { type: 'string' },
    seed: { type: 'string' },
    'no-write': { type: 'boolean' },
  },
  strict: true,
});
const SAMPLES = Number(values.samples ?? 4000);
const ORDERS = Number(values.orders ?? 2000);
const SEED = Number(values.seed ?? 1);
const WARM_UP = 500;
const BOOTSTRAP_ROUNDS = 2000;
const COMMAND = `npm run bench:lookup-timing${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;

type Kind = 'unknown number' | 'wrong e-mail';

/** A fixed-seed generator (the mock's mulberry32), so the order of requests and the bootstrap are repeatable. */
function generator(seed: number): () => number {
  const source = new Random(seed);
  return () => source.next();
}

function median(sorted: readonly number[]): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** 95 % percentile-bootstrap interval of median(b) − median(a). */
function bootstrapDifference(a: readonly number[], b: readonly number[], random: () => number): [number, number] {
  const differences: number[] = [];
  const resample = (values: readonly number[]) => sortedCopy(Array.from({ length: values.length }, () => values[Math.floor(random() * values.length)]!));
  for (let round = 0; round < BOOTSTRAP_ROUNDS; round++) differences.push(median(resample(b)) - median(resample(a)));
  differences.sort((x, y) => x - y);
  return [differences[Math.floor(0.025 * BOOTSTRAP_ROUNDS)]!, differences[Math.floor(0.975 * BOOTSTRAP_ROUNDS)]!];
}

const api = createMockApi({ seed: SEED, orderCount: ORDERS, rateLimit: { perClient: 1e9, perOrderNumber: 1e9, windowMs: 60_000 } });
// Every order built before timing (all() builds them), as a live shop's are: the first read of a
// lazily seeded order builds it, which is the mock's start-up cost, not the lookup's.
const existing = api.store.all().map((order) => order.orderNumber);
const taken = new Set(existing);
/** Numbers no order has, each as long as the existing one it stands beside (#1001 → #9001 or so). */
const unknownNumbers = existing.map((number) => {
  for (let first = 9; first >= 1; first--) {
    const candidate = `#${first}${number.slice(2)}`;
    if (!taken.has(candidate)) return candidate;
  }
  throw new Error(`No unknown number as long as ${number}`);
});
const server = await startMockHttpServer({ api, port: 0 });
const lookupUrl = `${server.url}/v1/lookup`;
const random = generator(0x10c4);

let client = 0;
/** The request of the index-th lookup of `kind`. */
function lookupRequestOf(kind: Kind, index: number, url: string): Request {
  // The same number of distinct numbers of the same length on both sides, so the request bodies
  // and the per-number failure records are alike: only whether the number exists differs.
  const slot = index % existing.length;
  const orderNumber = kind === 'unknown number' ? unknownNumbers[slot]! : existing[slot]!;
  const body = JSON.stringify({ orderNumber, email: `guess.${index % 997}@example.org` });
  client = (client + 1) % 65_000;
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.${client >> 8}.${client & 255}` },
    body,
  });
}

/** One lookup over HTTP; returns its round trip in ms and checks it failed the one way it must. */
async function lookup(kind: Kind, index: number): Promise<number> {
  const request = lookupRequestOf(kind, index, lookupUrl);
  const started = performance.now();
  const response = await fetch(request);
  const text = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 404) throw new Error(`${kind}: expected 404, got ${response.status} ${text}`);
  return elapsed;
}

function shuffledKinds(count: number): Kind[] {
  const kinds: Kind[] = [...Array.from({ length: count }, () => 'unknown number' as const), ...Array.from({ length: count }, () => 'wrong e-mail' as const)];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  return kinds;
}

const loadStart = os.loadavg();
console.log(`Lookup timing: ${SAMPLES} lookups of each kind over HTTP against the standalone mock (${ORDERS} orders), load average ${loadStart[0]!.toFixed(2)} on ${os.cpus().length} cores`);
const timings: Record<Kind, number[]> = { 'unknown number': [], 'wrong e-mail': [] };
/** The same lookups answered in-process by the mock's handlers (no sockets): the server's own share of the time. */
const handling: Record<Kind, number[]> = { 'unknown number': [], 'wrong e-mail': [] };
try {
  let index = 0;
  for (const kind of shuffledKinds(WARM_UP)) await lookup(kind, index++);
  for (const kind of shuffledKinds(SAMPLES)) timings[kind].push(await lookup(kind, index++));
} finally {
  await server.close();
}
{
  let index = 0;
  const handle = async (kind: Kind) => {
    const request = lookupRequestOf(kind, index++, 'http://127.0.0.1/api/v1/lookup');
    const started = performance.now();
    const response = await getResponse(api.handlers, request);
    await response?.text();
    const elapsed = performance.now() - started;
    if (response?.status !== 404) throw new Error(`${kind}: expected 404 in-process, got ${response?.status}`);
    return elapsed;
  };
  for (const kind of shuffledKinds(WARM_UP)) await handle(kind);
  for (const kind of shuffledKinds(SAMPLES)) handling[kind].push(await handle(kind));
}

const unknown = sortedCopy(timings['unknown number']);
const wrong = sortedCopy(timings['wrong e-mail']);
const [low, high] = bootstrapDifference(unknown, wrong, generator(0xb007));
const difference = median(wrong) - median(unknown);
const p = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(3)} ms`;
const µs = (value: number) => `${(value * 1000).toFixed(1)} µs`;
const loadEnd = os.loadavg();
const unknownHandling = sortedCopy(handling['unknown number']);
const wrongHandling = sortedCopy(handling['wrong e-mail']);
const [handlingLow, handlingHigh] = bootstrapDifference(unknownHandling, wrongHandling, generator(0xb008));
const handlingDifference = median(wrongHandling) - median(unknownHandling);

const lines = [
  `| | unknown number | existing number, wrong e-mail |`,
  `| --- | ---: | ---: |`,
  `| median round trip | ${ms(median(unknown))} | ${ms(median(wrong))} |`,
  `| p10 / p90 | ${ms(p(unknown, 0.1))} / ${ms(p(unknown, 0.9))} | ${ms(p(wrong, 0.1))} / ${ms(p(wrong, 0.9))} |`,
  `| median in-process handling (no sockets) | ${ms(median(unknownHandling))} | ${ms(median(wrongHandling))} |`,
];
const verdict =
  low <= 0 && high >= 0
    ? 'the interval contains zero: no difference is measurable at this sample size'
    : `the interval excludes zero: a difference of ${µs(difference)} is measurable`;
const summary = `Difference of the medians (wrong e-mail − unknown number): **${µs(difference)}**, 95 % bootstrap interval [${µs(low)}, ${µs(high)}]: ${verdict}.`;
const handlingSummary = `In-process (the handlers alone): difference ${µs(handlingDifference)}, 95 % interval [${µs(handlingLow)}, ${µs(handlingHigh)}].`;
console.log(lines.join('\n'));
console.log(summary.replaceAll('**', ''));
console.log(handlingSummary);

if (!values['no-write']) {
  const commit = await readFile(fileURLToPath(new URL('../.git/HEAD', import.meta.url)), 'utf8')
    .then(async (head) => {
      const ref = head.trim().replace(/^ref: /, '');
      return ref.match(/^[0-9a-f]{40}$/) ? ref : (await readFile(fileURLToPath(new URL(`../.git/${ref}`, import.meta.url)), 'utf8')).trim();
    })
    .catch(() => 'unknown');
  const section = `<!-- lookup-timing:begin (written by scripts/bench-lookup-timing.ts) -->
## Lookup timing (unknown number vs wrong e-mail)

\`\`\`sh
${COMMAND}
\`\`\`

Issue 6 asks that an unknown order number and a wrong e-mail answer alike, "without a measurable
timing difference", so timing cannot tell an attacker which order numbers exist. The script starts
the standalone mock server (${ORDERS} orders, every one already built, as in a live shop; rate limits
raised for the run, while every failure is still recorded) and sends ${SAMPLES} lookups of each kind
over HTTP from 127.0.0.1, interleaved in a shuffled order after ${WARM_UP} warm-up lookups, rotating the
client address: an unknown number, and an existing number with a wrong e-mail (as many distinct numbers of each,
of the same lengths, so the request bodies and the per-number failure records are alike).
Both answer 404 with the same body (checked on every request). What makes the paths alike is in
\`mocks/src/http/lookup-handler.ts\` (one read, an e-mail comparison over a fixed span against the
stored address or a stand-in, the same failures recorded); \`test/unit/lookup-timing.test.ts\`
traces that both do the same calls. On top of that, every failed lookup answers no sooner than
\`failedLookupFloorMs\` (default ${DEFAULT_FAILED_LOOKUP_FLOOR_MS} ms) after it arrived, so what the two paths still differ by
(an order read from the store, or none) is hidden under a wait that ends at the same time for both.

Measured at ${commit.slice(0, 7)}, ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}),
load average ${loadStart[0]!.toFixed(1)} at start and ${loadEnd[0]!.toFixed(1)} at the end (other jobs shared the machine).

${lines.join('\n')}

${summary}
${handlingSummary}
<!-- lookup-timing:end -->`;
  const file = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
  let text = await readFile(file, 'utf8');
  const pattern = /<!-- lookup-timing:begin[\s\S]*?<!-- lookup-timing:end -->/;
  text = pattern.test(text) ? text.replace(pattern, section) : `${text.trimEnd()}\n\n${section}\n`;
  await writeFile(file, text);
  console.log('Wrote the "Lookup timing" section of BENCHMARKS.md');
}
