import { ADMIN_ORDER_SORT_FIELDS, AdminOrderDetail, AdminOrderList, CustomerOrderView, ORDER_EVENT_NAME, OrderEvent, adminPaths, etagOf, normalizeOrderNumber, paths } from '@suivi/model';
import { SseParser } from '@suivi/sdk';
import type { ContractCheck } from '../contract-check.ts';
import { bearer } from '../contract-context.ts';
import { ContractFailure, expect } from '../contract-failure.ts';
import { preview } from '../contract-http.ts';
import { expectOkJson, expectShape } from '../expectations.ts';

/** Fields of the staff's order that the shopper's view must not carry at all (not even empty). */
const STAFF_ONLY_FIELDS = ['staffNotes', 'tags'] as const;

/** The answers a shopper's page and a merchant's back office are built on, checked against the model's schemas. */
export const shapeChecks: ContractCheck[] = [
  {
    name: 'POST /v1/lookup with the order number and e-mail answers 200 LookupResponse (token, expiry, the order)',
    async run(context) {
      const session = await context.session();
      expect(session.token.length >= 16, `the access token is ${session.token.length} characters: too short to be unguessable`);
      expect(session.order.orderNumber === normalizeOrderNumber(context.options.orderNumber), `the order is ${session.order.orderNumber}, not ${context.options.orderNumber}`);
      expect(session.order.id !== session.order.orderNumber, 'the order id must be opaque, not the order number');
      expect(Date.parse(session.expiresAt) > Date.now(), `the token expires at ${session.expiresAt}, already past`);
    },
  },
  {
    name: 'GET /v1/orders/{id} with the token answers 200 CustomerOrderView, without staff notes or tags',
    async run(context) {
      const session = await context.session();
      const answer = await context.http.request(paths.order(session.order.id), { headers: bearer(session.token) });
      const raw = expectOkJson(answer, 200, 'GET /v1/orders/{id}');
      const order = expectShape(CustomerOrderView, raw, 'The order');
      expect(order.id === session.order.id, `asked for ${session.order.id}, got ${order.id}`);
      const leaked = STAFF_ONLY_FIELDS.filter((field) => raw !== null && typeof raw === 'object' && field in raw);
      expect(leaked.length === 0, `the customer view carries staff-only ${leaked.join(', ')}`);
      expect(order.timeline.every((entry) => !entry.internal), 'the customer view carries internal timeline entries');
    },
  },
  {
    name: 'GET /v1/orders/{id}/events with the token streams text/event-stream whose first "order" event is an OrderEvent of this order',
    async run(context) {
      const session = await context.session();
      let first: { data: string; id: string } | null = null;
      const parser = new SseParser({
        onEvent: (event) => {
          if (event.type === ORDER_EVENT_NAME && !first) first = { data: event.data, id: event.lastEventId };
        },
      });
      const opened = await context.http.stream(paths.orderEvents(session.order.id), bearer(session.token), (text) => {
        parser.feed(text);
        return first !== null;
      });
      if (opened.ended === 'timeout') throw new ContractFailure(`no "order" event within ${context.options.timeoutMs} ms`);
      expect(opened.status === 200, `expected HTTP 200, got ${opened.status} ${preview(opened.body)}`);
      expect(opened.contentType.startsWith('text/event-stream'), `expected text/event-stream, got "${opened.contentType}"`);
      const received = first as { data: string; id: string } | null;
      if (!received) throw new ContractFailure('the stream ended before its first "order" event');
      let data: unknown;
      try {
        data = JSON.parse(received.data);
      } catch {
        throw new ContractFailure(`the first event's data is not JSON: ${preview(received.data)}`);
      }
      const event = expectShape(OrderEvent, data, 'The first event');
      expect(event.order.id === session.order.id, `the event is about ${event.order.id}, not ${session.order.id}`);
      expect(received.id === String(event.version), `the event id is "${received.id}", not the order version ${event.version} (Last-Event-ID resumes from it)`);
    },
  },
  {
    name: 'GET /v1/admin/orders with the admin key answers 200 AdminOrderList',
    needsAdminKey: true,
    async run(context) {
      const answer = await context.http.request(`${adminPaths.orders}?limit=5`, { headers: context.adminAuth() });
      const list = expectShape(AdminOrderList, expectOkJson(answer, 200, 'GET /v1/admin/orders'), 'The admin list');
      expect(list.items.length > 0, 'the admin list is empty: the suite needs at least the looked-up order');
      expect(list.items.length <= 5, `asked for 5 rows, got ${list.items.length}`);
    },
  },
  {
    name: 'GET /v1/admin/orders sorts by every field the model names (one per column of the order table), both ways; by total, currency code then amount, never across currencies by value; by tags, tagged orders come first when descending',
    needsAdminKey: true,
    async run(context) {
      for (const sort of ADMIN_ORDER_SORT_FIELDS) {
        for (const dir of ['asc', 'desc'] as const) {
          const what = `GET /v1/admin/orders?sort=${sort}&dir=${dir}`;
          // By total, a page as long as the API allows, so it holds more than one currency.
          const limit = sort === 'total' ? 200 : 50;
          const answer = await context.http.request(`${adminPaths.orders}?sort=${sort}&dir=${dir}&limit=${limit}`, { headers: context.adminAuth() });
          const list = expectShape(AdminOrderList, expectOkJson(answer, 200, what), what);
          if (sort === 'total') {
            const sign = dir === 'asc' ? 1 : -1;
            list.items.slice(1).forEach((row, at) => {
              const { currency, amount } = list.items[at]!.total;
              const order = currency === row.total.currency ? Math.sign(row.total.amount - amount) : row.total.currency > currency ? 1 : -1;
              expect(sign * order >= 0, `${what}: ${row.total.amount} ${row.total.currency} (${row.orderNumber}) comes after ${amount} ${currency}`);
            });
          }
          if (sort !== 'tags' || dir !== 'desc') continue;
          const untagged = list.items.findIndex((row) => row.tags.length === 0);
          expect(untagged === -1 || list.items.slice(untagged).every((row) => row.tags.length === 0), `${what}: an order with tags comes after one without`);
        }
      }
    },
  },
  {
    name: 'GET /v1/admin/orders/{id} with the admin key answers 200 AdminOrderDetail with its version as ETag',
    needsAdminKey: true,
    async run(context) {
      const session = await context.session();
      const answer = await context.http.request(adminPaths.order(session.order.id), { headers: context.adminAuth() });
      const detail = expectShape(AdminOrderDetail, expectOkJson(answer, 200, 'GET /v1/admin/orders/{id}'), 'The admin detail');
      expect(detail.order.id === session.order.id, `asked for ${session.order.id}, got ${detail.order.id}`);
      const etag = answer.headers.get('etag');
      expect(etag === etagOf(detail.order.version), `ETag is ${etag === null ? 'missing' : `"${etag}"`}, expected ${etagOf(detail.order.version)} (If-Match sends it back)`);
    },
  },
];
