/**
 * `npm run contract -- --base-url http://127.0.0.1:4010/api [--admin-key KEY] [--order-number N --email E]`
 *
 * Checks a server against the Suivi HTTP contract (v1): answer shapes against the model's schemas,
 * the error shape and status of each documented error, who may read what (tokens, admin key,
 * scoping, no token in a URL), the share link's redaction, and the lookup's rate limit. Prints one
 * line per check and closes with "N passed, N failed"; exits 1 when any check fails.
 *
 * Without --order-number/--email it uses the mock's showcase order (#1001); a real backend needs
 * an order of its own. The rate-limit check runs last and locks that order number for as long as
 * the backend's window (15 minutes on the mock). Admin checks that need to get in run only with
 * --admin-key. No browser is involved, so the backend needs no CORS headers to pass.
 */
import { parseArgs } from 'node:util';
import { MOCK_SHOWCASE_ORDER, type ContractOptions } from './contract-context.ts';
import { runContract, type CheckOutcome } from './run-contract.ts';

const USAGE = 'Usage: npm run contract -- --base-url http://127.0.0.1:4010/api [--admin-key KEY] [--order-number N --email E] [--timeout MS] [--max-lock-attempts N]';

function usageError(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) usageError(`--${name} must be a positive integer (got "${value}")`);
  return parsed;
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      'admin-key': { type: 'string' },
      'order-number': { type: 'string' },
      email: { type: 'string' },
      timeout: { type: 'string' },
      'max-lock-attempts': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (error) {
  usageError((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const baseUrl = values['base-url'];
if (!baseUrl) usageError('--base-url is required.');
if (!/^https?:\/\/[^/]/i.test(baseUrl)) usageError(`--base-url must be an http(s) URL (got "${baseUrl}")`);
if ((values['order-number'] === undefined) !== (values.email === undefined)) usageError('Give --order-number and --email together.');

const options: ContractOptions = {
  baseUrl,
  adminKey: values['admin-key'] || undefined,
  orderNumber: values['order-number'] ?? MOCK_SHOWCASE_ORDER.orderNumber,
  email: values.email ?? MOCK_SHOWCASE_ORDER.email,
  timeoutMs: positiveInteger(values.timeout, 'timeout', 10_000),
  maxLockAttempts: positiveInteger(values['max-lock-attempts'], 'max-lock-attempts', 50),
};

function print(outcome: CheckOutcome): void {
  if (outcome.outcome === 'passed') console.log(`✓ ${outcome.name}`);
  else if (outcome.outcome === 'skipped') console.log(`- ${outcome.name} (skipped: ${outcome.reason})`);
  else console.log(`✗ ${outcome.name}\n    ${outcome.reason}`);
}

console.log(`Suivi HTTP contract v1 against ${options.baseUrl} (order ${options.orderNumber}${options.adminKey ? ', with the admin key' : ''})`);
const report = await runContract(options, print);
if (report.skipped > 0) console.log(`${report.skipped} skipped: they need --admin-key`);
console.log(`${report.requests} requests sent`);
console.log(`${report.passed} passed, ${report.failed} failed`);
process.exit(report.failed > 0 ? 1 : 0);
