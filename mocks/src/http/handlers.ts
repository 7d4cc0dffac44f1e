import { fieldErrorsOf, paths, toCustomerView } from '@suivi/model';
import { http, type RequestHandler } from 'msw';
import * as z from 'zod/mini';
import { apiErrorResponse, jsonResponse } from './api-responses.ts';
import { guarded } from './guarded.ts';
import { handleLookup } from './lookup-handler.ts';
import type { MockContext } from './mock-context.ts';
import { accessOrder } from './order-access.ts';
import { orderEventsStream, parseLastEventId } from './order-events-stream.ts';
import { readJsonBody } from './request-reading.ts';
import { refuseAdminKeyOnCustomerRoute } from '../admin/admin-auth.ts';

/** Mock-only control paths (not in the contract), under the same base URL. */
export const mockControlPaths = {
  advanceClock: '/__mock/clock/advance',
  reset: '/__mock/reset',
  showcase: '/__mock/showcase',
} as const;

const AdvanceRequest = z.object({ steps: z.optional(z.int().check(z.gte(1), z.lte(100))) });

/**
 * The path prefix MSW matches. A relative base ('/api') means "on the page's origin" in a
 * browser; Node has no page, so there it matches that path on any origin ('*' + base).
 */
export function handlerPrefix(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (/^[a-z][a-z\d+\-.]*:\/\//i.test(base)) return base;
  const path = base.startsWith('/') ? base : `/${base}`;
  return typeof location === 'undefined' ? `*${path}` : path;
}

/** The customer half of the HTTP contract, plus the mock's controls. */
export function createHandlers(context: MockContext, baseUrl: string): RequestHandler[] {
  const prefix = handlerPrefix(baseUrl);
  return [
    http.post(`${prefix}${paths.lookup}`, guarded(({ request }) => handleLookup(request, context))),

    http.get<{ orderId: string }>(
      `${prefix}/v1/orders/:orderId`,
      guarded(({ request, params }) => {
        const adminKey = refuseAdminKeyOnCustomerRoute(request, context.adminKey);
        if (adminKey) return adminKey;
        const access = accessOrder(request, params.orderId, context.tokens, context.store);
        return access.ok ? jsonResponse(toCustomerView(access.order)) : access.response;
      }),
    ),

    http.get<{ orderId: string }>(
      `${prefix}/v1/orders/:orderId/events`,
      guarded(({ request, params }) => {
        const adminKey = refuseAdminKeyOnCustomerRoute(request, context.adminKey);
        if (adminKey) return adminKey;
        const access = accessOrder(request, params.orderId, context.tokens, context.store);
        if (!access.ok) return access.response;
        const stream = orderEventsStream(context.store, access.order.id, parseLastEventId(request.headers.get('last-event-id')), request.signal);
        return new Response(stream, {
          status: 200,
          headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' },
        });
      }),
    ),

    http.post(
      `${prefix}${mockControlPaths.advanceClock}`,
      guarded(async ({ request }) => {
        const body = await readJsonBody(request, { allowEmpty: true });
        if (!body.ok) return body.response;
        const parsed = z.safeParse(AdvanceRequest, body.value ?? {});
        if (!parsed.success) return apiErrorResponse(400, 'invalid_input', 'steps must be an integer from 1 to 100.', { fields: fieldErrorsOf(parsed.error.issues) });
        return jsonResponse({ changed: context.clock.advance(parsed.data.steps ?? 1) });
      }),
    ),

    http.post(
      `${prefix}${mockControlPaths.reset}`,
      guarded(() => {
        context.reset();
        return new Response(null, { status: 204 });
      }),
    ),

    http.get(`${prefix}${mockControlPaths.showcase}`, guarded(() => jsonResponse(context.showcase))),
  ];
}
