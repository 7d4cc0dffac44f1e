// The React prop of each Suivi element's own events (from the `@fires` tags of its class header),
// typed with the event's class so a handler gets `event.session`, `event.orderId`… without a cast.
// Kept apart from the wrappers so that a Node test can compare it with the Custom Elements Manifest
// without a DOM. Prop names follow React's: `on` + the event name in PascalCase.
import type { EventName } from '@lit/react';
import type { BulkActionEvent, OrderFoundEvent, OrderOpenEvent, ReturnRequestedEvent } from '@suivi/components';

/** `<suivi-order-lookup>`. */
export const orderLookupEvents = {
  onSuiviOrderFound: 'suivi-order-found' as EventName<OrderFoundEvent>,
};

/** `<suivi-return-request>`. */
export const returnRequestEvents = {
  onSuiviReturnRequested: 'suivi-return-requested' as EventName<ReturnRequestedEvent>,
};

/** `<suivi-order-table>`. */
export const orderTableEvents = {
  onSuiviOrderOpen: 'suivi-order-open' as EventName<OrderOpenEvent>,
  onSuiviBulkAction: 'suivi-bulk-action' as EventName<BulkActionEvent>,
};

/** Every element's events by tag, for the wrappers' test against the manifest. */
export const eventsByTag: Record<string, Record<string, string>> = {
  'suivi-order-lookup': orderLookupEvents,
  'suivi-return-request': returnRequestEvents,
  'suivi-order-table': orderTableEvents,
};
