/**
 * `npm run bench:admin-list`: how fast the mock's admin list answers at 100 000 orders. It builds
 * the mock (seed 1, a fixed anchor), makes one request to build the admin index (reported on its
 * own: it happens once, on the first admin request), then times 20 different filtered and sorted
 * page requests through the MSW handlers, request in and JSON text out, and prints the median
 * (plus, once each, a CSV export of every order and one carrier clock tick, for context).
 * Options: --orders N (default 100000), --runs N (default 20, the queries repeat in a cycle).
 */
import '../mocks/src/polyfills/promise-with-resolvers.ts';
import { getResponse } from 'msw';
import { parseArgs } from 'node:util';
import { createMockApi } from '../mocks/src/index.ts';

const { values } = parseArgs({ options: { orders: { type: 'string' }, runs: { type: 'string' } }, strict: true });
const orderCount = Number(values.orders ?? 100_000);
const runs = Number(values.runs ?? 20);

/** Twenty pages an admin would ask for: a filter or a search, a sort, a page size. */
const QUERIES = [
  'payment=paid&fulfillment=unfulfilled&sort=placedAt&dir=desc&limit=50',
  'delivery=attempted_delivery&sort=placedAt&dir=desc&limit=50',
  'delivery=in_transit,out_for_delivery&sort=total&dir=desc&limit=50',
  'payment=pending,authorized&sort=customer&dir=asc&limit=100',
  'q=martin&sort=placedAt&dir=desc&limit=50',
  'q=camille%20dub&sort=total&dir=asc&limit=50',
  'carrier=Colissimo&sort=delivery&dir=asc&limit=50',
  'method=bank_transfer&payment=pending&sort=placedAt&dir=asc&limit=50',
  'tag=vip&sort=total&dir=desc&limit=50',
  'fulfillment=on_hold,scheduled&sort=orderNumber&dir=desc&limit=50',
  'delivery=exception&archived=include&sort=carrier&dir=asc&limit=50',
  'from=2026-11-01&to=2026-11-20&sort=placedAt&dir=desc&limit=200',
  'archived=only&sort=placedAt&dir=desc&limit=50',
  'payment=paid&delivery=delivered&sort=customer&dir=desc&limit=50',
  'q=1z&sort=placedAt&dir=desc&limit=50',
  'delivery=no_tracking&payment=paid&sort=fulfillment&dir=asc&limit=50',
  'method=card,paypal&fulfillment=partially_fulfilled&sort=total&dir=asc&limit=50',
  'carrier=UPS,DHL%20Express&delivery=in_transit&sort=payment&dir=asc&limit=50',
  'q=example.org&sort=orderNumber&dir=asc&limit=50',
  'sort=total&dir=desc&limit=50',
];

const base = 'http://bench.test/api';
const api = createMockApi({ orderCount, anchor: new Date('2026-11-21T00:00:00Z'), baseUrl: base });
const headers = { authorization: `Bearer ${api.adminKey}` };

async function page(query: string): Promise<{ ms: number; total: number }> {
  const started = performance.now();
  const response = await getResponse(api.handlers, new Request(`${base}/v1/admin/orders?${query}`, { headers }));
  const text = await response!.text();
  const ms = performance.now() - started;
  if (response!.status !== 200) throw new Error(`${query} → ${response!.status} ${text}`);
  return { ms, total: (JSON.parse(text) as { total: number }).total };
}

const heapBefore = process.memoryUsage().heapUsed;
const first = await page('limit=1');
const heapAfter = process.memoryUsage().heapUsed;
console.log(`admin index built on the first request: ${first.ms.toFixed(0)} ms for ${orderCount.toLocaleString('en')} orders (heap +${((heapAfter - heapBefore) / 1e6).toFixed(0)} MB)`);

// One warm-up pass so the timings are of the steady state, not of the JIT compiling the scan.
for (const query of QUERIES) await page(query);

const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const query = QUERIES[run % QUERIES.length]!;
  const { ms, total } = await page(query);
  times.push(ms);
  console.log(`${ms.toFixed(1).padStart(6)} ms  ${String(total).padStart(6)} matches  ${query}`);
}
// Context for the figure above, measured once each: what else the index costs at this size.
const exportStarted = performance.now();
const exported = await getResponse(api.handlers, new Request(`${base}/v1/admin/orders/export.csv?archived=include&sort=customer&dir=asc`, { headers }));
const csv = await exported!.text();
console.log(`CSV export of every order, sorted by customer: ${(performance.now() - exportStarted).toFixed(0)} ms, ${(csv.length / 1e6).toFixed(1)} MB`);
const tickStarted = performance.now();
const moved = api.clock.advance(1);
console.log(`one carrier clock tick with the index following unbuilt parcels: ${(performance.now() - tickStarted).toFixed(0)} ms (${moved} parcels moved)`);

const sorted = [...times].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
console.log(
  `median ${median.toFixed(1)} ms, p95 ${sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!.toFixed(1)} ms, ` +
    `max ${sorted[sorted.length - 1]!.toFixed(1)} ms over ${runs} filtered, sorted page requests at ${orderCount.toLocaleString('en')} orders (Node ${process.version})`,
);
