import {
  ADMIN_ORDER_EVENT_NAME,
  ADMIN_RESYNC_EVENT_NAME,
  adminPaths,
  validateAdminOrderEvent,
  validateAdminResyncEvent,
  type AdminOrderEvent,
  type AdminResyncEvent,
} from '@suivi/model';
import { watchEventStream, type EventDecoder, type WatchOptions, type WatchStatus } from '../event-stream-watch.ts';
import type { SuiviError } from '../errors.ts';
import { bearer, type Transport } from '../transport.ts';
import { parseJsonBody, validateResponse } from '../validate-response.ts';

export interface AdminWatchHandlers {
  /** An order was created or changed: its list row as it is now. */
  onEvent(event: AdminOrderEvent): void;
  /**
   * Changes were missed and cannot be replayed (the connection was down too long, or the data was
   * reset): reload what is shown. Without this handler such gaps go unnoticed.
   */
  onResync?(event: AdminResyncEvent): void;
  onStatus?(status: WatchStatus): void;
  /** Failed connection attempts, and events that broke the contract (the connection is then reopened from the last good event). */
  onError?(error: SuiviError): void;
}

type AdminStreamEvent = { kind: 'order'; event: AdminOrderEvent } | { kind: 'resync'; event: AdminResyncEvent };

const decodeAdminEvent: EventDecoder<AdminStreamEvent> = (message, status) => {
  if (message.type === ADMIN_ORDER_EVENT_NAME) return { kind: 'order', event: validateResponse(validateAdminOrderEvent, parseJsonBody(message.data, status), status) };
  if (message.type === ADMIN_RESYNC_EVENT_NAME) return { kind: 'resync', event: validateResponse(validateAdminResyncEvent, parseJsonBody(message.data, status), status) };
  return null;
};

/** Follows GET /v1/admin/events with the admin key, reconnecting with Last-Event-ID until stopped. */
export function watchAdminOrders(transport: Transport, adminKey: string, handlers: AdminWatchHandlers, options: WatchOptions = {}): () => void {
  return watchEventStream(
    transport,
    { path: adminPaths.events, headers: bearer(adminKey) },
    decodeAdminEvent,
    {
      onEvent(value) {
        if (value.kind === 'order') handlers.onEvent(value.event);
        else handlers.onResync?.(value.event);
      },
      onStatus: handlers.onStatus && ((status) => handlers.onStatus?.(status)),
      onError: handlers.onError && ((error) => handlers.onError?.(error)),
    },
    options,
  );
}
