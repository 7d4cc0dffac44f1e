import type { SuiviClient } from './client.ts';
import { createTransport, type SuiviClientOptions } from './client-transport.ts';
import { getNotificationSettings, setNotificationPreferences } from './customer/notifications.ts';
import { getOrder, lookupOrder } from './customer/lookup.ts';
import { requestReturn } from './customer/returns.ts';
import { createShareLink, getSharedOrder, listShareLinks, revokeShareLink, watchSharedOrder } from './customer/share-links.ts';
import { orderEventStream } from './order-event-stream.ts';
import type { Transport } from './transport.ts';
import { watchOrder } from './watch-order.ts';

// The customer client in parts, each the methods one task needs. createSuiviClient puts them all
// together; a page or an element that needs one task only makes that part (createOrderLookupClient,
// …), so its bundle holds only that part's requests and validators, not the whole client's: an
// object's methods are all kept once the object is, whatever the page calls.

/** Finding an order and reading it: lookupOrder, getOrder. */
export type OrderLookupClient = Pick<SuiviClient, 'lookupOrder' | 'getOrder'>;
/** Following an order live: watchOrder, orderEvents. */
export type OrderWatchClient = Pick<SuiviClient, 'watchOrder' | 'orderEvents'>;
/** The owner's share links: createShareLink, listShareLinks, revokeShareLink. */
export type ShareLinkClient = Pick<SuiviClient, 'createShareLink' | 'listShareLinks' | 'revokeShareLink'>;
/** What a share link opens: getSharedOrder, watchSharedOrder. */
export type SharedOrderClient = Pick<SuiviClient, 'getSharedOrder' | 'watchSharedOrder'>;
/** Sending items back: requestReturn. */
export type ReturnClient = Pick<SuiviClient, 'requestReturn'>;
/** Status update channels: getNotificationSettings, setNotificationPreferences. */
export type NotificationClient = Pick<SuiviClient, 'getNotificationSettings' | 'setNotificationPreferences'>;

export function orderLookupMethods(transport: Transport): OrderLookupClient {
  return {
    lookupOrder: (input, options = {}) => lookupOrder(transport, input, options.signal),
    getOrder: (access, options = {}) => getOrder(transport, access, options.signal),
  };
}

export function orderWatchMethods(transport: Transport): OrderWatchClient {
  return {
    watchOrder: (access, handlers, options) => watchOrder(transport, access, handlers, options),
    orderEvents: (access, options) => orderEventStream((handlers, opts) => watchOrder(transport, access, handlers, opts), options),
  };
}

export function shareLinkMethods(transport: Transport): ShareLinkClient {
  return {
    // async: a refused option rejects the promise rather than throwing from the call.
    async createShareLink(access, shareOptions = {}, requestOptions = {}) {
      return createShareLink(transport, access, shareOptions, requestOptions.signal, requestOptions.idempotencyKey);
    },
    listShareLinks: (access, options = {}) => listShareLinks(transport, access, options.signal),
    revokeShareLink: (access, linkId, options = {}) => revokeShareLink(transport, access, linkId, options.signal),
  };
}

export function sharedOrderMethods(transport: Transport): SharedOrderClient {
  return {
    getSharedOrder: (shareToken, options = {}) => getSharedOrder(transport, shareToken, options.signal),
    watchSharedOrder: (shareToken, handlers, options) => watchSharedOrder(transport, shareToken, handlers, options),
  };
}

export function returnMethods(transport: Transport): ReturnClient {
  return {
    // async: a refused request rejects the promise rather than throwing from the call.
    async requestReturn(access, request, options = {}) {
      return requestReturn(transport, access, request, options.signal, options.idempotencyKey);
    },
  };
}

export function notificationMethods(transport: Transport): NotificationClient {
  return {
    getNotificationSettings: (access, options = {}) => getNotificationSettings(transport, access, options.signal),
    setNotificationPreferences: (access, preferences, options = {}) => setNotificationPreferences(transport, access, preferences, options.signal),
  };
}

/** A client that only finds and reads orders (what `<suivi-order-lookup>` makes from its `base-url`). */
export const createOrderLookupClient = (options: SuiviClientOptions): OrderLookupClient => orderLookupMethods(createTransport(options));
/** A client that only follows orders live. */
export const createOrderWatchClient = (options: SuiviClientOptions): OrderWatchClient => orderWatchMethods(createTransport(options));
/** A client that only makes, lists and revokes share links. */
export const createShareLinkClient = (options: SuiviClientOptions): ShareLinkClient => shareLinkMethods(createTransport(options));
/** A client that only reads and follows what a share link opens. */
export const createSharedOrderClient = (options: SuiviClientOptions): SharedOrderClient => sharedOrderMethods(createTransport(options));
/** A client that only requests returns. */
export const createReturnClient = (options: SuiviClientOptions): ReturnClient => returnMethods(createTransport(options));
/** A client that only reads and sets the notification channels. */
export const createNotificationClient = (options: SuiviClientOptions): NotificationClient => notificationMethods(createTransport(options));
