import {
  FULFILLMENT_STATUSES,
  ORDER_DELIVERY_STATUSES,
  ORDER_STATES,
  type OrderDeliveryStatus,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
} from '@suivi/model';

/*
 * The values of each status the table filters and sorts on, in the order of an order's life
 * (which is also the sort order of a status column): the model's own
 * lists, which are plain arrays, so the table's bundle takes them without the schemas or zod.
 */
export {
  FULFILLMENT_STATUSES as FULFILLMENT_STATUS_VALUES,
  ORDER_DELIVERY_STATUSES as DELIVERY_STATUS_VALUES,
  ORDER_STATES as ORDER_STATE_VALUES,
  PAYMENT_METHODS as PAYMENT_METHOD_VALUES,
  PAYMENT_STATUSES as PAYMENT_STATUS_VALUES,
};

/** The overview strip's order: the way to the door, then what needs attention, then untracked. */
export const OVERVIEW_STATUSES: readonly OrderDeliveryStatus[] = [
  'confirmed',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'attempted_delivery',
  'exception',
  'no_tracking',
];
