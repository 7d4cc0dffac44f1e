/**
 * @suivi/components — the element classes, their events and the shared contexts, without
 * registering any tag. Import `@suivi/components/define/<element>` (or `@suivi/components/all`)
 * to register; import from here to extend a class or register it under another name.
 */
export { SuiviOrderLookup } from './order-lookup/suivi-order-lookup.ts';
export { OrderFoundEvent } from './order-lookup/order-found-event.ts';
export type { LookupFailure } from './order-lookup/lookup-failure.ts';
export { SuiviOrderStatus } from './order-status/suivi-order-status.ts';
export { SuiviOrderTimeline } from './order-timeline/suivi-order-timeline.ts';
export { SuiviOrderSummary } from './order-summary/suivi-order-summary.ts';
export { SuiviTrackingMap } from './tracking-map/suivi-tracking-map.ts';
export type { MapKit, MapKitLoader } from './tracking-map/map-drawing.ts';
export { SuiviShareLink } from './share-link/suivi-share-link.ts';
export { SuiviSharedOrder } from './shared-order/suivi-shared-order.ts';
export { SuiviReturnRequest } from './return-request/suivi-return-request.ts';
export { ReturnRequestedEvent } from './return-request/return-requested-event.ts';
export { SuiviNotificationPreferences } from './notification-preferences/suivi-notification-preferences.ts';
export { SuiviOrderTable } from './order-table/suivi-order-table.ts';
export { OrderOpenEvent } from './order-table/order-open-event.ts';
export { BulkActionEvent, type BulkAction } from './order-table/bulk-action-event.ts';
export type { RowSource, DeliveryCounts } from './order-table/row-source.ts';
export type { TableQuery, TableFilters, TableSort } from './order-table/table-query.ts';
export { SuiviOrderDetail } from './order-detail/suivi-order-detail.ts';
export { SuiviOrderAdmin } from './admin-page/suivi-order-admin.ts';
export { ServerRowSource, toListQuery } from './order-table/server-row-source.ts';
export { adminClientContext } from './context/admin-client-context.ts';

export { clientContext } from './context/client-context.ts';
export { localeContext } from './context/locale-context.ts';
export { orderContext } from './context/order-context.ts';
export { LocaleController } from './i18n/locale-controller.ts';
export { toSupportedLocale, type Locale } from './i18n/locale.ts';
export { tokens, buttonStyles } from './styles/tokens.ts';
