import { adminPaths, paths } from '@suivi/model';
import type { ContractCheck } from '../contract-check.ts';
import { bearer } from '../contract-context.ts';
import { expect } from '../contract-failure.ts';
import { canonicalJson, expectApiError } from '../expectations.ts';

/** A well-formed token nobody issued. */
const MADE_UP_TOKEN = 'bm90LWEtcmVhbC10b2tlbi1ub3QtYS1yZWFsLXRva2Vu';
/** An order id in the shape ids often have, that no backend should hold. */
const MADE_UP_ORDER_ID = 'ord_contractcheck0000000000';
/** Where a careless backend might look for a token besides the Authorization header. */
const QUERY_TOKEN_NAMES = ['access_token', 'token'] as const;

/** Who may read what: a token opens its one order, the admin key the admin API, and nothing else. */
export const authChecks: ContractCheck[] = [
  {
    name: 'GET /v1/orders/{id} and its events without a token answer 401 unauthorized',
    async run(context) {
      const { order } = await context.session();
      expectApiError(await context.http.request(paths.order(order.id)), 401, 'unauthorized', 'A read without a token');
      expectApiError(await context.http.request(paths.orderEvents(order.id)), 401, 'unauthorized', 'Events without a token');
    },
  },
  {
    name: 'GET /v1/orders/{id} with a token nobody issued answers 401 unauthorized',
    async run(context) {
      const { order } = await context.session();
      expectApiError(await context.http.request(paths.order(order.id), { headers: bearer(MADE_UP_TOKEN) }), 401, 'unauthorized', 'A made-up token');
    },
  },
  {
    name: 'a token in the URL query (?access_token=, ?token=) is never accepted: 401 unauthorized',
    async run(context) {
      const { order, token } = await context.session();
      for (const name of QUERY_TOKEN_NAMES) {
        const query = `?${name}=${encodeURIComponent(token)}`;
        expectApiError(await context.http.request(`${paths.order(order.id)}${query}`), 401, 'unauthorized', `GET /v1/orders/{id}?${name}=<token>`);
        expectApiError(await context.http.request(`${paths.orderEvents(order.id)}${query}`), 401, 'unauthorized', `GET /v1/orders/{id}/events?${name}=<token>`);
      }
    },
  },
  {
    name: "a token opens its own order only: another order's id answers the same 404 not_found as an id that does not exist",
    async run(context) {
      const { token } = await context.session();
      const made = await context.http.request(paths.order(MADE_UP_ORDER_ID), { headers: bearer(token) });
      expectApiError(made, 404, 'not_found', 'The token on an id that does not exist');
      const other = await context.otherOrderId();
      // Without the admin key the suite knows no other real order; the made-up id still shows the token does not open it.
      if (other === null) return;
      const answer = await context.http.request(paths.order(other), { headers: bearer(token) });
      expectApiError(answer, 404, 'not_found', "The token on another order's id");
      expect(canonicalJson(answer.json()) === canonicalJson(made.json()), `another order's id and a made-up id answer differently, so a token can probe which ids exist: ${answer.text} vs ${made.text}`);
      expectApiError(await context.http.request(paths.orderEvents(other), { headers: bearer(token) }), 404, 'not_found', "The token on another order's events");
    },
  },
  {
    name: 'the admin API without a key, or with a wrong one, answers 401 unauthorized',
    async run(context) {
      expectApiError(await context.http.request(adminPaths.orders), 401, 'unauthorized', 'The admin list without a key');
      expectApiError(await context.http.request(adminPaths.orders, { headers: bearer(MADE_UP_TOKEN) }), 401, 'unauthorized', 'The admin list with a wrong key');
      expectApiError(await context.http.request(adminPaths.order(MADE_UP_ORDER_ID)), 401, 'unauthorized', 'An admin read without a key');
    },
  },
  {
    name: "a shopper's token on the admin API answers 403 forbidden",
    async run(context) {
      const { order, token } = await context.session();
      expectApiError(await context.http.request(adminPaths.orders, { headers: bearer(token) }), 403, 'forbidden', 'The admin list with a customer token');
      expectApiError(await context.http.request(adminPaths.order(order.id), { headers: bearer(token) }), 403, 'forbidden', "The admin read of the token's own order");
    },
  },
  {
    name: 'the admin key on customer routes answers 403 forbidden (it is not a master key)',
    needsAdminKey: true,
    async run(context) {
      const { order } = await context.session();
      expectApiError(await context.http.request(paths.order(order.id), { headers: context.adminAuth() }), 403, 'forbidden', 'GET /v1/orders/{id} with the admin key');
      expectApiError(await context.http.request(paths.orderEvents(order.id), { headers: context.adminAuth() }), 403, 'forbidden', 'GET /v1/orders/{id}/events with the admin key');
    },
  },
];
