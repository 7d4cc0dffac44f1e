/**
 * The contract suite (`npm run contract`) against the standalone mock server on a free port: every
 * check passes on the mock, the CLI prints a line per check and exits 0, and each kind of broken
 * backend (shapes, leaks, probing, tokens in URLs, no rate limit) makes the check for it fail.
 */
import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { getResponse, http, type RequestHandler } from 'msw';
import { CONTRACT_CHECKS, runContract, type ContractReport } from '../../contract/run-contract.ts';
import { MOCK_SHOWCASE_ORDER, type ContractOptions } from '../../contract/contract-context.ts';
import { createMockApi, type MockApi, type MockApiOptions } from '../../mocks/src/index.ts';
import { startMockHttpServer } from '../../mocks/src/server/http-server.ts';

const ANCHOR = new Date('2026-11-21T00:00:00Z');
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LIMIT = { timeout: 30_000 };

const servers: (() => Promise<void>)[] = [];
after(async () => {
  await Promise.all(servers.map((close) => close()));
});

/** A standalone mock server on a free port; `breakIt` puts handlers in front of the mock's own, as a broken backend. */
async function serve(options: MockApiOptions = {}, breakIt: (api: MockApi) => RequestHandler[] = () => []): Promise<{ url: string; api: MockApi }> {
  const api = createMockApi({ anchor: ANCHOR, orderCount: 40, ...options });
  const server = await startMockHttpServer({ api: { ...api, handlers: [...breakIt(api), ...api.handlers] }, port: 0 });
  servers.push(() => server.close());
  return { url: server.url, api };
}

function optionsFor(url: string, extra: Partial<ContractOptions> = {}): ContractOptions {
  return { baseUrl: url, adminKey: 'suivi-demo-admin-key', ...MOCK_SHOWCASE_ORDER, timeoutMs: 5_000, maxLockAttempts: 12, ...extra };
}

function failedNames(report: ContractReport): string[] {
  return report.outcomes.filter((outcome) => outcome.outcome === 'failed').map((outcome) => outcome.name);
}

function reasonOf(report: ContractReport, nameStart: string): string {
  const outcome = report.outcomes.find((candidate) => candidate.name.startsWith(nameStart));
  assert.ok(outcome, `a check named "${nameStart}…"`);
  assert.equal(outcome.outcome, 'failed', `"${nameStart}…" should fail`);
  return outcome.outcome === 'failed' ? outcome.reason : '';
}

/** Runs the CLI as a person would, and collects what it prints. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'contract/cli.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run contract against the standalone mock server', () => {
  it('passes every check, admin ones included', LIMIT, async () => {
    const { url } = await serve();
    const report = await runContract(optionsFor(url));
    assert.deepEqual(failedNames(report), []);
    assert.equal(report.passed, CONTRACT_CHECKS.length);
    assert.equal(report.skipped, 0);
    console.log(`contract suite: ${report.passed} checks passed against the mock with ${report.requests} requests`);
  });

  it('without --admin-key, skips only the checks that need to get into the admin API, and says so', LIMIT, async () => {
    const { url } = await serve();
    const report = await runContract(optionsFor(url, { adminKey: undefined }));
    assert.deepEqual(failedNames(report), []);
    const skipped = report.outcomes.filter((outcome) => outcome.outcome === 'skipped');
    assert.equal(skipped.length, CONTRACT_CHECKS.filter((check) => check.needsAdminKey).length);
    assert.ok(skipped.length > 0 && skipped.every((outcome) => outcome.outcome === 'skipped' && outcome.reason === 'needs --admin-key'));
  });

  it('the CLI prints one line per check and "N passed, 0 failed", and exits 0', LIMIT, async () => {
    const { url } = await serve();
    const run = await runCli(['--base-url', url, '--admin-key', 'suivi-demo-admin-key']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.filter((line) => line.startsWith('✓ ')).length, CONTRACT_CHECKS.length);
    assert.equal(lines.at(-1), `${CONTRACT_CHECKS.length} passed, 0 failed`);
  });

  it('the CLI exits 1 when a check fails (here: the order number is already locked) and 2 on a usage error', LIMIT, async () => {
    const { url } = await serve({ rateLimit: { perClient: 100, perOrderNumber: 1, windowMs: 60_000 } });
    await fetch(`${url}/v1/lookup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orderNumber: '#1001', email: 'someone@example.org' }) });
    const locked = await runCli(['--base-url', url]);
    assert.equal(locked.code, 1);
    assert.match(locked.stdout, /^✗ POST \/v1\/lookup with the order number and e-mail/m);
    assert.match(locked.stdout, /\n\d+ passed, [1-9]\d* failed\n$/);
    const usage = await runCli(['--order-number', '1001']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--base-url is required/);
  });
});

describe('npm run contract against broken backends: each break fails its check', () => {
  it('an order that does not match the schema, and a customer view with staff notes', LIMIT, async () => {
    const { url, api } = await serve();
    api.faults.add({ match: { method: 'GET', path: '/v1/orders/:orderId' }, fault: { kind: 'schema_mismatch', path: 'shipments.0.status', value: 'teleported' }, times: 1 });
    const shape = await runContract(optionsFor(url));
    assert.match(reasonOf(shape, 'GET /v1/orders/{id} with the token answers 200'), /at shipments\.0\.status/);
    assert.equal(shape.failed, 1, failedNames(shape).join('\n'));

    const leaky = await serve();
    leaky.api.faults.add({ match: { method: 'GET', path: '/v1/orders/:orderId' }, fault: { kind: 'schema_mismatch', path: 'staffNotes', value: [] }, times: 1 });
    const staff = await runContract(optionsFor(leaky.url));
    assert.match(reasonOf(staff, 'GET /v1/orders/{id} with the token answers 200'), /staff-only staffNotes/);
  });

  it('a shared view that gives away the e-mail, or a price', LIMIT, async () => {
    for (const [path, value, says] of [
      ['contact', MOCK_SHOWCASE_ORDER.email, /the value "camille\.martin@example\.fr"/],
      ['lineItems.0.unitPrice', { amount: 4_990, currency: 'EUR' }, /the key lineItems\.0\.unitPrice.*a price at lineItems\.0\.unitPrice/],
    ] as const) {
      const { url, api } = await serve();
      api.faults.add({ match: { method: 'GET', path: '/v1/share-links/:token' }, fault: { kind: 'schema_mismatch', path, value }, times: 1 });
      const report = await runContract(optionsFor(url));
      assert.match(reasonOf(report, 'GET /v1/share-links/{token} with no other credential'), says);
      assert.equal(report.failed, 1, failedNames(report).join('\n'));
    }
  });

  it('a wrong e-mail answered differently from an unknown number', LIMIT, async () => {
    const { url } = await serve({}, () => [
      http.post('*/api/v1/lookup', async ({ request }) => {
        const body = ((await request.clone().json().catch(() => ({}))) ?? {}) as { orderNumber?: string; email?: string };
        if (body.orderNumber === '#1001' && body.email !== MOCK_SHOWCASE_ORDER.email) {
          return Response.json({ code: 'not_found', message: 'Wrong e-mail for this order.' }, { status: 404 });
        }
        return undefined;
      }),
    ]);
    const report = await runContract(optionsFor(url));
    assert.match(reasonOf(report, 'POST /v1/lookup: an unknown order number and a wrong e-mail'), /tells a guesser the number exists/);
  });

  it('a token taken from the URL query, and the admin key taken as a master key', LIMIT, async () => {
    const { url } = await serve({}, (mock) => [
      // The order itself, not its event stream (a stream never ends, so it would fail by timing out instead).
      http.get(/\/api\/v1\/orders\/[^/]+$/, ({ request }) => {
        const query = new URL(request.url).searchParams.get('access_token');
        if (!query) return undefined;
        const headers = new Headers(request.headers);
        headers.set('authorization', `Bearer ${query}`);
        return getResponse(mock.handlers, new Request(request.url.replace(/\?.*$/, ''), { headers, signal: request.signal }));
      }),
      http.get('*/api/v1/orders/:orderId', ({ request, params }) => {
        if (request.headers.get('authorization') !== `Bearer ${mock.adminKey}`) return undefined;
        const order = mock.store.getById(String(params.orderId));
        return order ? Response.json({ ...order, view: 'customer' }) : undefined;
      }),
    ]);
    const report = await runContract(optionsFor(url));
    assert.match(reasonOf(report, 'a token in the URL query'), /expected HTTP 401, got 200/);
    assert.match(reasonOf(report, 'the admin key on customer routes'), /expected HTTP 403, got 200/);
  });

  it('a token that opens any order', LIMIT, async () => {
    const { url } = await serve({}, (mock) => [
      http.get('*/api/v1/orders/:orderId', ({ request, params }) => {
        if (!request.headers.get('authorization')?.startsWith('Bearer ') || request.headers.get('authorization') === `Bearer ${mock.adminKey}`) return undefined;
        const order = mock.store.getById(String(params.orderId));
        return order && order.orderNumber !== '#1001' ? Response.json({ ...order, view: 'customer' }) : undefined;
      }),
    ]);
    const report = await runContract(optionsFor(url));
    assert.match(reasonOf(report, "a token opens its own order only"), /expected HTTP 404, got 200/);
  });

  it('no rate limit on failed lookups', LIMIT, async () => {
    const { url } = await serve({ rateLimit: { perClient: 10_000, perOrderNumber: 10_000, windowMs: 60_000 } });
    const report = await runContract(optionsFor(url, { maxLockAttempts: 8 }));
    assert.match(reasonOf(report, 'failed lookups of one order number soon answer 429'), /8 failed lookups of #1001 in a row were all answered 404/);
    assert.match(reasonOf(report, 'while the order number is locked'), /expected HTTP 429, got 200/);
    assert.equal(report.failed, 2, failedNames(report).join('\n'));
  });
});
