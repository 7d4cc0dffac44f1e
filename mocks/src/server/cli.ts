#!/usr/bin/env node
/**
 * `npx suivi-mock-server` (the published package's command; `npm run mock:server` in this
 * repository): the mock API on a real port, for curl, other apps, or the demo pointed at it.
 * Options: --port (or PORT), --seed, --orders, --host, --tick <ms> (an automatic carrier clock),
 * --share-base <url> (the page share links open), --help. Prints one "listening" line, then the
 * showcase orders.
 */
import { parseArgs } from 'node:util';
import { createMockApi } from '../index.ts';
import { startMockHttpServer } from './http-server.ts';
import { parseShareBase, shareLinkAddress, shareLinkUrlAt } from './share-landing.ts';

const USAGE = `Usage: npm run mock:server -- [options]   (published: npx suivi-mock-server [options])

The Suivi mock order API as an HTTP server, CORS open, at http://HOST:PORT/api.

Options:
  --port <n>          port to listen on (default 4010, or $PORT; 0 picks a free one)
  --host <address>    address to listen on (default 127.0.0.1)
  --seed <n>          seed of the generated orders (default 1)
  --orders <n>        how many orders, showcase included (default 300)
  --tick <ms>         move the carriers' clock on by itself every <ms> (default: only on request)
  --share-base <url>  the page share links open, e.g. http://localhost:5173/track: links are
                      <url>?share=<token>, for a page that gives the token to <suivi-shared-order>.
                      Default: this server's own http://HOST:PORT/?share=<token>, which answers with
                      a page saying where the link's shared view is and how to open it in your page
  -h, --help          this text`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function integer(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    usageError(`--${name} must be an integer from ${min} to ${max} (got "${value}")`);
  }
  return parsed;
}

function readArguments() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        orders: { type: 'string' },
        tick: { type: 'string' },
        'share-base': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    return usageError((error as Error).message);
  }
}

const values = readArguments();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = integer(values.port ?? process.env.PORT, 'port', 4010, 0, 65535);
const seed = integer(values.seed, 'seed', 1, 0, 2 ** 32 - 1);
const orderCount = integer(values.orders, 'orders', 300, 0, 1_000_000);
const tick = integer(values.tick, 'tick', 0, 0, 86_400_000);
const shareBase = values['share-base'] === undefined ? null : parseShareBase(values['share-base']);
if (typeof shareBase === 'string') usageError(shareBase);

const api = createMockApi({ seed, orderCount, ...(shareBase ? { shareLinkUrl: shareLinkUrlAt(shareBase) } : {}) });
const server = await startMockHttpServer({ api, port, host: values.host ?? '127.0.0.1' });
if (tick > 0) api.clock.start(tick);

console.log(`Suivi mock API listening on ${server.url}`);
console.log('Orders to try:');
for (const order of api.showcase) console.log(`  ${order.orderNumber.padEnd(6)} ${order.email.padEnd(30)} ${order.summary.en}`);
console.log(`Admin API: ${server.url}/v1/admin/orders with "Authorization: Bearer ${api.adminKey}"`);
console.log(`Mock controls: POST ${server.url}/__mock/clock/advance {"steps":1} · POST ${server.url}/__mock/orders/new · POST ${server.url}/__mock/reset`);
console.log(
  shareBase
    ? `Share links open ${shareLinkAddress(shareBase, 'TOKEN').replace('TOKEN', '<token>')}`
    : `Share links open ${new URL('/', server.url).href}?share=<token>, a page about them here (--share-base=URL for your own page)`,
);

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
