#!/usr/bin/env node
/**
 * `npx suivi-mock-server` (the published package's command; `npm run mock:server` in this
 * repository): the mock API on a real port, for curl, other apps, or the demo pointed at it.
 * Options: --port (or PORT), --seed, --orders, --host, --tick <ms> (an automatic carrier clock).
 * Prints one "listening" line, then the showcase orders.
 */
import { parseArgs } from 'node:util';
import { createMockApi } from '../index.ts';
import { startMockHttpServer } from './http-server.ts';

function integer(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    console.error(`--${name} must be an integer from ${min} to ${max} (got "${value}")`);
    process.exit(2);
  }
  return parsed;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    seed: { type: 'string' },
    orders: { type: 'string' },
    tick: { type: 'string' },
  },
  strict: true,
});

const port = integer(values.port ?? process.env.PORT, 'port', 4010, 0, 65535);
const seed = integer(values.seed, 'seed', 1, 0, 2 ** 32 - 1);
const orderCount = integer(values.orders, 'orders', 300, 0, 1_000_000);
const tick = integer(values.tick, 'tick', 0, 0, 86_400_000);

const api = createMockApi({ seed, orderCount });
const server = await startMockHttpServer({ api, port, host: values.host ?? '127.0.0.1' });
if (tick > 0) api.clock.start(tick);

console.log(`Suivi mock API listening on ${server.url}`);
console.log('Orders to try:');
for (const order of api.showcase) console.log(`  ${order.orderNumber.padEnd(6)} ${order.email.padEnd(30)} ${order.summary.en}`);
console.log(`Admin API: ${server.url}/v1/admin/orders with "Authorization: Bearer ${api.adminKey}"`);
console.log(`Mock controls: POST ${server.url}/__mock/clock/advance {"steps":1} · POST ${server.url}/__mock/orders/new · POST ${server.url}/__mock/reset`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  api.clock.stop();
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
