import { createComponent } from '@lit/react';
import { SuiviOrderTable as SuiviOrderTableElement } from '@suivi/components/define/order-table';
import * as React from 'react';
import { orderTableEvents } from './element-events.ts';

/**
 * `<suivi-order-table>` for React. The admin's order table; `onSuiviOrderOpen` and `onSuiviBulkAction` get the merchant's choices.
 * Every property of the element is a prop; importing this registers the tag.
 */
export const SuiviOrderTable = createComponent({
  react: React,
  tagName: 'suivi-order-table',
  elementClass: SuiviOrderTableElement,
  events: orderTableEvents,
  displayName: 'SuiviOrderTable',
});
