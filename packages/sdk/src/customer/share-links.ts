import {
  IDEMPOTENCY_KEY_HEADER,
  SHARED_ORDER_EVENT_NAME,
  explainIssue,
  fieldErrorsOf,
  paths,
  validateCreateShareLinkRequest,
  validateShareLink,
  validateShareLinkList,
  validateSharedOrderEvent,
  validateSharedOrderView,
  type CreateShareLinkRequest,
  type ShareLink,
  type SharedOrderEvent,
  type SharedOrderView,
} from '@suivi/model';
import { newIdempotencyKey } from '../admin/idempotency-key.ts';
import { InvalidInputError } from '../errors.ts';
import { watchEventStream, type EventDecoder, type StreamWatchHandlers, type WatchOptions } from '../event-stream-watch.ts';
import type { OrderAccess } from '../order-access.ts';
import { bearer, requestJson, type Transport } from '../transport.ts';
import { parseJsonBody, validateResponse } from '../validate-response.ts';

/** What a shared-order watch reports: the shared view after each change. */
export type SharedOrderWatchHandlers = StreamWatchHandlers<SharedOrderEvent>;

/**
 * POST /v1/orders/{id}/share-links; the options are checked here first, so a wrong one never
 * leaves the page. Each call names its attempt with an Idempotency-Key (a fresh one unless
 * `idempotencyKey` is given), so the transport may retry it after a network failure or a 5xx and
 * the server still makes one link; a caller retrying a failed call ("Try again") passes the same
 * key to get the link the lost answer made, not a second live link nobody sees.
 */
export function createShareLink(
  transport: Transport,
  access: OrderAccess,
  options: CreateShareLinkRequest,
  signal?: AbortSignal,
  idempotencyKey: string = newIdempotencyKey(),
): Promise<ShareLink> {
  const checked = validateCreateShareLinkRequest(options, { error: explainIssue });
  if (!checked.success) throw new InvalidInputError('Check the share link options', fieldErrorsOf(checked.error.issues), null);
  return requestJson(transport, {
    method: 'POST',
    path: paths.orderShareLinks(access.orderId),
    validate: validateShareLink,
    headers: { ...bearer(access.token), [IDEMPOTENCY_KEY_HEADER]: idempotencyKey },
    body: checked.data,
    signal,
  });
}

/** GET /v1/orders/{id}/share-links: the links not revoked, newest first. */
export async function listShareLinks(transport: Transport, access: OrderAccess, signal?: AbortSignal): Promise<ShareLink[]> {
  const list = await requestJson(transport, { method: 'GET', path: paths.orderShareLinks(access.orderId), validate: validateShareLinkList, headers: bearer(access.token), signal });
  return list.links;
}

/** DELETE /v1/orders/{id}/share-links/{linkId}: whoever opens the link from now on is told it no longer works. */
export function revokeShareLink(transport: Transport, access: OrderAccess, linkId: string, signal?: AbortSignal): Promise<ShareLink> {
  return requestJson(transport, { method: 'DELETE', path: paths.orderShareLink(access.orderId, linkId), validate: validateShareLink, headers: bearer(access.token), signal });
}

/**
 * GET /v1/share-links/{token}: the redacted view. The share token is the only credential, and it
 * is in the path on purpose (that is what a link is); no Authorization header is sent.
 */
export function getSharedOrder(transport: Transport, shareToken: string, signal?: AbortSignal): Promise<SharedOrderView> {
  return requestJson(transport, { method: 'GET', path: paths.sharedOrder(shareToken), validate: validateSharedOrderView, signal });
}

const decodeSharedOrderEvent: EventDecoder<SharedOrderEvent> = (message, status) =>
  message.type === SHARED_ORDER_EVENT_NAME ? validateResponse(validateSharedOrderEvent, parseJsonBody(message.data, status), status) : null;

/**
 * Follows the shared view live. The stream ends when the link expires or is revoked; the
 * reconnection then fails with `link_expired` or `not_found`, which are fatal (reported, then `closed`).
 */
export function watchSharedOrder(transport: Transport, shareToken: string, handlers: SharedOrderWatchHandlers, options: WatchOptions = {}): () => void {
  return watchEventStream(transport, { path: paths.sharedOrderEvents(shareToken), headers: {} }, decodeSharedOrderEvent, handlers, options);
}
