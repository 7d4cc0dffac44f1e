// The kit's tags, each with its element class and the events its header lists (@fires), in one
// type that the framework typings (jsx/react.ts, jsx/vue.ts) both read, so a page written in JSX or
// in a Vue template gets the same properties and the same typed events as one calling
// addEventListener. Types only: importing it registers nothing and adds no code.
import type { LitElement } from 'lit';
import type { SuiviOrderAdmin } from '../admin-page/suivi-order-admin.ts';
import type { SuiviNotificationPreferences } from '../notification-preferences/suivi-notification-preferences.ts';
import type { SuiviOrderDetail } from '../order-detail/suivi-order-detail.ts';
import type { OrderFoundEvent } from '../order-lookup/order-found-event.ts';
import type { SuiviOrderLookup } from '../order-lookup/suivi-order-lookup.ts';
import type { SuiviOrderStatus } from '../order-status/suivi-order-status.ts';
import type { SuiviOrderSummary } from '../order-summary/suivi-order-summary.ts';
import type { BulkActionEvent } from '../order-table/bulk-action-event.ts';
import type { OrderOpenEvent } from '../order-table/order-open-event.ts';
import type { SuiviOrderTable } from '../order-table/suivi-order-table.ts';
import type { SuiviOrderTimeline } from '../order-timeline/suivi-order-timeline.ts';
import type { ReturnRequestedEvent } from '../return-request/return-requested-event.ts';
import type { SuiviReturnRequest } from '../return-request/suivi-return-request.ts';
import type { SuiviShareLink } from '../share-link/suivi-share-link.ts';
import type { SuiviSharedOrder } from '../shared-order/suivi-shared-order.ts';
import type { SuiviTrackingMap } from '../tracking-map/suivi-tracking-map.ts';

/** Every Suivi tag: its element class, and its own events by name (the `suivi-*` events it fires). */
export interface SuiviElements {
  'suivi-order-lookup': { element: SuiviOrderLookup; events: { 'suivi-order-found': OrderFoundEvent } };
  'suivi-order-status': { element: SuiviOrderStatus; events: {} };
  'suivi-order-timeline': { element: SuiviOrderTimeline; events: {} };
  'suivi-order-summary': { element: SuiviOrderSummary; events: {} };
  'suivi-tracking-map': { element: SuiviTrackingMap; events: {} };
  'suivi-share-link': { element: SuiviShareLink; events: {} };
  'suivi-shared-order': { element: SuiviSharedOrder; events: {} };
  'suivi-return-request': { element: SuiviReturnRequest; events: { 'suivi-return-requested': ReturnRequestedEvent } };
  'suivi-notification-preferences': { element: SuiviNotificationPreferences; events: {} };
  'suivi-order-table': { element: SuiviOrderTable; events: { 'suivi-order-open': OrderOpenEvent; 'suivi-bulk-action': BulkActionEvent } };
  'suivi-order-detail': { element: SuiviOrderDetail; events: {} };
  'suivi-order-admin': { element: SuiviOrderAdmin; events: {} };
}

export type SuiviTag = keyof SuiviElements;

/**
 * What a page may set on an element from a template: the element's own public properties
 * (`baseUrl`, `order`, `headingLevel`…), not LitElement's lifecycle or HTMLElement's, which
 * the framework's own HTML typings already cover.
 */
export type SuiviElementProperties<Element> = Partial<Omit<Element, keyof LitElement>>;
