/**
 * @suivi/react — every Suivi element as a React component (made with @lit/react's createComponent):
 * props are the element's properties, typed from its class, and its events are `on…` props typed
 * with their event classes. Importing a component registers its tag.
 *
 * @example
 * import { SuiviOrderLookup } from '@suivi/react';
 * <SuiviOrderLookup baseUrl="/api" onSuiviOrderFound={(event) => show(event.session.order)} />
 */
export { SuiviOrderLookup } from './order-lookup.ts';
export { SuiviOrderStatus } from './order-status.ts';
export { SuiviOrderTimeline } from './order-timeline.ts';
export { SuiviOrderSummary } from './order-summary.ts';
export { SuiviTrackingMap } from './tracking-map.ts';
export { SuiviShareLink } from './share-link.ts';
export { SuiviSharedOrder } from './shared-order.ts';
export { SuiviReturnRequest } from './return-request.ts';
export { SuiviNotificationPreferences } from './notification-preferences.ts';
export { SuiviOrderTable } from './order-table.ts';
export { SuiviOrderDetail } from './order-detail.ts';
export { SuiviOrderAdmin } from './order-admin.ts';
