import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAY_HEADER, ShareLink, SharedOrderView, paths, type CustomerOrderView } from '@suivi/model';
import type { ContractCheck } from '../contract-check.ts';
import { bearer, type ContractContext } from '../contract-context.ts';
import { expect } from '../contract-failure.ts';
import { expectApiError, expectOkJson, expectShape } from '../expectations.ts';

/** Keys that mean personal or payment data; the shared view has none of them, at any depth. */
const PERSONAL_KEYS = new Set([
  'customer',
  'email',
  'phone',
  'shippingAddress',
  'billingAddress',
  'payment',
  'totals',
  'unitPrice',
  'price',
  'shippingMethod',
  'amountPaid',
  'amountRefunded',
  'downloadUrl',
  'giftCardCode',
  'customerNote',
  'staffNotes',
  'tags',
]);

/** Below this length a value is only flagged when a whole string equals it (a postcode may be a substring of a tracking number). */
const SUBSTRING_MIN_LENGTH = 6;

/** One share link per run, made by the first check that needs it. */
const links = new WeakMap<ContractContext, Promise<ShareLink>>();

function shareLinkOf(context: ContractContext): Promise<ShareLink> {
  let link = links.get(context);
  if (!link) {
    link = (async () => {
      const { order, token } = await context.session();
      const answer = await context.http.request(paths.orderShareLinks(order.id), { method: 'POST', headers: bearer(token), body: { expiresInDays: 1 } });
      return expectShape(ShareLink, expectOkJson(answer, 201, 'POST /v1/orders/{id}/share-links'), 'The share link');
    })();
    links.set(context, link);
  }
  return link;
}

/** The order's personal values a share link must never show: who, where, how they paid. */
export function personalValuesOf(order: CustomerOrderView): string[] {
  const values = [order.customer.name, order.customer.email, order.customer.phone, order.payment.methodDetail, order.payment.failureReason, order.customerNote];
  for (const address of [order.shippingAddress, order.billingAddress]) {
    if (address) values.push(address.name, address.company, address.line1, address.line2, address.postalCode, address.phone);
  }
  for (const item of order.lineItems) values.push(item.downloadUrl, item.giftCardCode);
  return [...new Set(values.filter((value): value is string => typeof value === 'string' && value.trim().length > 0))];
}

/** Every place in `value` that gives away one of `personal`, a personal key, or a price (any {amount, currency}). */
export function personalDataIn(value: unknown, personal: readonly string[]): string[] {
  const found: string[] = [];
  const strings: string[] = [];
  const visit = (node: unknown, path: string) => {
    if (typeof node === 'string') strings.push(node);
    if (node === null || typeof node !== 'object') return;
    if (!Array.isArray(node) && 'amount' in node && 'currency' in node) found.push(`a price at ${path || '(root)'}`);
    for (const [key, inner] of Object.entries(node)) {
      const at = path ? `${path}.${key}` : key;
      if (!Array.isArray(node) && PERSONAL_KEYS.has(key)) found.push(`the key ${at}`);
      visit(inner, at);
    }
  };
  visit(value, '');
  const text = JSON.stringify(value);
  for (const secret of personal) {
    const leaked = secret.length >= SUBSTRING_MIN_LENGTH ? text.includes(JSON.stringify(secret).slice(1, -1)) : strings.includes(secret);
    if (leaked) found.push(`the value "${secret}"`);
  }
  return found;
}

/** A share link shows progress to whoever holds it, and nothing personal; it can be turned off. */
export const shareChecks: ContractCheck[] = [
  {
    name: 'POST /v1/orders/{id}/share-links answers 201 ShareLink whose token and URL are not the access token',
    async run(context) {
      const { token } = await context.session();
      const link = await shareLinkOf(context);
      expect(link.token !== token, 'the share token is the access token');
      expect(!link.url.includes(token), 'the share URL carries the access token');
      expect(link.revokedAt === null, 'a new link is already revoked');
    },
  },
  {
    name: 'POST /v1/orders/{id}/share-links sent twice with one Idempotency-Key makes one link: the retry answers the same link, marked Idempotent-Replayed',
    async run(context) {
      const { order, token } = await context.session();
      // A key of this run alone, so a server that remembers keys for a day is not answering an earlier run.
      const headers = { ...bearer(token), [IDEMPOTENCY_KEY_HEADER]: `contract-share-${crypto.randomUUID()}` };
      const send = () => context.http.request(paths.orderShareLinks(order.id), { method: 'POST', headers, body: { expiresInDays: 1 } });
      const first = expectShape(ShareLink, expectOkJson(await send(), 201, 'POST /v1/orders/{id}/share-links'), 'The share link');
      const retryAnswer = await send();
      const retry = expectShape(ShareLink, expectOkJson(retryAnswer, 201, 'POST /v1/orders/{id}/share-links, retried with the same key'), 'The retried share link');
      expect(retry.id === first.id && retry.token === first.token, `the retry made a second link (${retry.id} after ${first.id})`);
      expect(retryAnswer.headers.get(IDEMPOTENT_REPLAY_HEADER) === 'true', `the retry's answer has no ${IDEMPOTENT_REPLAY_HEADER}: true`);
      // Tidy: the link made for this check is turned off again.
      await context.http.request(paths.orderShareLink(order.id, first.id), { method: 'DELETE', headers: bearer(token) });
    },
  },
  {
    name: 'GET /v1/share-links/{token} with no other credential answers 200 SharedOrderView with no e-mail, phone, address, payment or price of the order',
    async run(context) {
      const { order } = await context.session();
      const link = await shareLinkOf(context);
      const answer = await context.http.request(paths.sharedOrder(link.token));
      const raw = expectOkJson(answer, 200, 'GET /v1/share-links/{token}');
      const shared = expectShape(SharedOrderView, raw, 'The shared view');
      expect(shared.orderNumber === order.orderNumber, `the link opens ${shared.orderNumber}, not ${order.orderNumber}`);
      const leaks = personalDataIn(raw, personalValuesOf(order));
      expect(leaks.length === 0, `the shared view gives away ${leaks.slice(0, 5).join(', ')}${leaks.length > 5 ? ` and ${leaks.length - 5} more` : ''}`);
    },
  },
  {
    name: "GET /v1/share-links/{token} with the shopper's access token in place of a share token answers 404 not_found",
    async run(context) {
      const { token } = await context.session();
      expectApiError(await context.http.request(paths.sharedOrder(token)), 404, 'not_found', 'The access token used as a share token');
    },
  },
  {
    name: 'DELETE /v1/orders/{id}/share-links/{linkId} stops sharing: the link then answers 404 not_found',
    async run(context) {
      const { order, token } = await context.session();
      const link = await shareLinkOf(context);
      const revoked = await context.http.request(paths.orderShareLink(order.id, link.id), { method: 'DELETE', headers: bearer(token) });
      const body = expectShape(ShareLink, expectOkJson(revoked, 200, 'DELETE /v1/orders/{id}/share-links/{linkId}'), 'The revoked link');
      expect(body.revokedAt !== null, 'the revoked link has no revokedAt');
      expectApiError(await context.http.request(paths.sharedOrder(link.token)), 404, 'not_found', 'A revoked link');
    },
  },
];
