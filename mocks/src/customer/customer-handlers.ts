import {
  CreateReturnRequest,
  CreateShareLinkRequest,
  DEFAULT_SHARE_LINK_DAYS,
  SetNotificationPreferencesRequest,
  explainIssue,
  fieldErrorsOf,
  phoneEnding,
  toSharedView,
  type CustomerRefusal,
  type CustomerUnprocessableErrorBody,
  type NotificationSettings,
  type Order,
} from '@suivi/model';
import { http, type RequestHandler } from 'msw';
import * as z from 'zod/mini';
import { refuseAdminKeyOnCustomerRoute } from '../admin/admin-auth.ts';
import { apiErrorResponse, jsonResponse } from '../http/api-responses.ts';
import { guarded } from '../http/guarded.ts';
import { handlerPrefix } from '../http/handlers.ts';
import { accessOrder, type OrderAccess } from '../http/order-access.ts';
import { parseLastEventId } from '../http/order-events-stream.ts';
import { readJsonBody } from '../http/request-reading.ts';
import type { CustomerContext } from './customer-context.ts';
import { answerCustomerWriteOnce } from './customer-write-once.ts';
import { customerMockControlPaths } from './customer-mock-paths.ts';
import { outboxEventsStream } from './outbox-stream.ts';
import { sharedOrderStream } from './shared-order-stream.ts';

const EVENT_STREAM_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' };

/** 422 with the rule a shopper's request broke. */
function refusalResponse(refusal: CustomerRefusal): Response {
  const body: CustomerUnprocessableErrorBody = { code: 'unprocessable', message: refusal.reason, refusal };
  return jsonResponse(body, 422);
}

/** The settings as the page words them: both choices, and SMS only with a phone number (its last digits, never all of it). */
function notificationSettingsOf(order: Order): NotificationSettings {
  const ending = phoneEnding(order.customer.phone);
  return { email: order.notifications.email, sms: order.notifications.sms && ending !== null, smsAvailable: ending !== null, phoneEnding: ending };
}

/** A request at one order with the shopper's token for it (the admin key is refused on customer routes). */
function customerAccess(request: Request, orderId: unknown, context: CustomerContext): OrderAccess {
  const adminKey = refuseAdminKeyOnCustomerRoute(request, context.adminKey);
  return adminKey ? { ok: false, response: adminKey } : accessOrder(request, orderId, context.tokens, context.store);
}

/** The share token did not open anything: an unknown and a revoked link answer the same, so a revoked one says nothing more. */
function linkNotFound(): Response {
  return apiErrorResponse(404, 'not_found', 'This share link does not exist or was turned off.');
}

function linkExpired(): Response {
  return apiErrorResponse(410, 'link_expired', 'This share link has expired; ask the person who shared it for a new one.');
}

const ExpireLinksRequest = z.object({ token: z.optional(z.string()) });

/**
 * What a shopper can do after buying: share the order's progress with a link (and stop sharing),
 * follow a shared order, ask for a return, choose how to be told about changes. Plus the mock's
 * controls for what it would have sent (the outbox) and for expiring share links.
 */
export function createCustomerHandlers(context: CustomerContext, baseUrl: string): RequestHandler[] {
  const prefix = handlerPrefix(baseUrl);
  return [
    http.get<{ orderId: string }>(
      `${prefix}/v1/orders/:orderId/share-links`,
      guarded(({ request, params }) => {
        const access = customerAccess(request, params.orderId, context);
        return access.ok ? jsonResponse({ links: context.shareLinks.forOrder(access.order.id) }) : access.response;
      }),
    ),

    http.post<{ orderId: string }>(
      `${prefix}/v1/orders/:orderId/share-links`,
      guarded(async ({ request, params }) => {
        const access = customerAccess(request, params.orderId, context);
        if (!access.ok) return access.response;
        const body = await readJsonBody(request, { allowEmpty: true });
        if (!body.ok) return body.response;
        const parsed = z.safeParse(CreateShareLinkRequest, body.value ?? {}, { error: explainIssue });
        if (!parsed.success) return apiErrorResponse(400, 'invalid_input', 'Check the share link options.', { fields: fieldErrorsOf(parsed.error.issues) });
        const days = parsed.data.expiresInDays ?? DEFAULT_SHARE_LINK_DAYS;
        // A retried "make a link" (same Idempotency-Key) gets the link already made, not a second live one.
        return answerCustomerWriteOnce(context, request, {
          kind: 'share link',
          orderId: access.order.id,
          request: { expiresInDays: days },
          act: () => ({ status: 201, body: context.shareLinks.create(access.order.id, days, (token) => context.shareLinkUrl(token, request)).link }),
        });
      }),
    ),

    http.delete<{ orderId: string; linkId: string }>(
      `${prefix}/v1/orders/:orderId/share-links/:linkId`,
      guarded(({ request, params }) => {
        const access = customerAccess(request, params.orderId, context);
        if (!access.ok) return access.response;
        const revoked = context.shareLinks.revoke(access.order.id, params.linkId);
        return revoked ? jsonResponse(revoked) : apiErrorResponse(404, 'not_found', 'This order has no such share link.');
      }),
    ),

    http.get<{ shareToken: string }>(
      `${prefix}/v1/share-links/:shareToken`,
      guarded(({ params }) => {
        const opened = context.shareLinks.open(params.shareToken);
        if (opened.state === 'unknown') return linkNotFound();
        if (opened.state === 'expired') return linkExpired();
        const order = context.store.getById(opened.record.orderId);
        return order ? jsonResponse(toSharedView(order)) : linkNotFound();
      }),
    ),

    http.get<{ shareToken: string }>(
      `${prefix}/v1/share-links/:shareToken/events`,
      guarded(({ request, params }) => {
        const opened = context.shareLinks.open(params.shareToken);
        if (opened.state === 'unknown') return linkNotFound();
        if (opened.state === 'expired') return linkExpired();
        const lastEventId = parseLastEventId(request.headers.get('last-event-id'));
        const stream = sharedOrderStream(context.store, context.shareLinks, params.shareToken, lastEventId, request.signal, context.now);
        return new Response(stream, { status: 200, headers: EVENT_STREAM_HEADERS });
      }),
    ),

    http.post<{ orderId: string }>(
      `${prefix}/v1/orders/:orderId/returns`,
      guarded(async ({ request, params }) => {
        const access = customerAccess(request, params.orderId, context);
        if (!access.ok) return access.response;
        const body = await readJsonBody(request);
        if (!body.ok) return body.response;
        const parsed = z.safeParse(CreateReturnRequest, body.value, { error: explainIssue });
        if (!parsed.success) return apiErrorResponse(400, 'invalid_input', 'Check the return request.', { fields: fieldErrorsOf(parsed.error.issues) });
        const file = (): { status: number; body: unknown } => {
          const outcome = context.returns.request(access.order.id, parsed.data);
          if (!outcome) return { status: 404, body: { code: 'not_found', message: 'No order matches this order number and e-mail.' } };
          if (outcome.ok) return { status: 201, body: outcome.created };
          const refusal: CustomerUnprocessableErrorBody = { code: 'unprocessable', message: outcome.refusal.reason, refusal: outcome.refusal };
          return { status: 422, body: refusal };
        };
        // A retried request (same key, same order and body) gets the first answer again and files nothing more.
        return answerCustomerWriteOnce(context, request, { kind: 'return request', orderId: access.order.id, request: parsed.data, act: file });
      }),
    ),

    http.get<{ orderId: string }>(
      `${prefix}/v1/orders/:orderId/notifications`,
      guarded(({ request, params }) => {
        const access = customerAccess(request, params.orderId, context);
        return access.ok ? jsonResponse(notificationSettingsOf(access.order)) : access.response;
      }),
    ),

    http.put<{ orderId: string }>(
      `${prefix}/v1/orders/:orderId/notifications`,
      guarded(async ({ request, params }) => {
        const access = customerAccess(request, params.orderId, context);
        if (!access.ok) return access.response;
        const body = await readJsonBody(request);
        if (!body.ok) return body.response;
        const parsed = z.safeParse(SetNotificationPreferencesRequest, body.value, { error: explainIssue });
        if (!parsed.success) return apiErrorResponse(400, 'invalid_input', 'Send both channels: {"email": true|false, "sms": true|false}.', { fields: fieldErrorsOf(parsed.error.issues) });
        const wanted = parsed.data;
        if (wanted.sms && phoneEnding(access.order.customer.phone) === null) {
          return refusalResponse({
            code: 'no_phone',
            reason: 'This order has no phone number, so SMS updates cannot be turned on.',
            lineItemId: null,
            returnableQuantity: null,
            windowClosedAt: null,
          });
        }
        const current = access.order.notifications;
        const updated =
          current.email === wanted.email && current.sms === wanted.sms
            ? access.order
            : context.store.update(access.order.id, (draft) => {
                draft.notifications = { email: wanted.email, sms: wanted.sms };
              })!;
        return jsonResponse(notificationSettingsOf(updated));
      }),
    ),

    http.get(`${prefix}${customerMockControlPaths.outbox}`, guarded(() => jsonResponse(context.store.outbox.all()))),

    http.get(
      `${prefix}${customerMockControlPaths.outboxEvents}`,
      guarded(({ request }) => new Response(outboxEventsStream(context.store.outbox, request.signal), { status: 200, headers: EVENT_STREAM_HEADERS })),
    ),

    http.post(
      `${prefix}${customerMockControlPaths.expireShareLinks}`,
      guarded(async ({ request }) => {
        const body = await readJsonBody(request, { allowEmpty: true });
        if (!body.ok) return body.response;
        const parsed = z.safeParse(ExpireLinksRequest, body.value ?? {});
        if (!parsed.success) return apiErrorResponse(400, 'invalid_input', 'Send {} or {"token": "<share token>"}.', { fields: fieldErrorsOf(parsed.error.issues) });
        return jsonResponse({ expired: context.shareLinks.expireNow(parsed.data.token) });
      }),
    ),
  ];
}

