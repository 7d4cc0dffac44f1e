import { createComponent } from '@lit/react';
import { SuiviOrderStatus as SuiviOrderStatusElement } from '@suivi/components/define/order-status';
import * as React from 'react';

/**
 * `<suivi-order-status>` for React. The whole order-status page: lookup, then the order followed live.
 * Every property of the element is a prop; importing this registers the tag.
 */
export const SuiviOrderStatus = createComponent({
  react: React,
  tagName: 'suivi-order-status',
  elementClass: SuiviOrderStatusElement,
  displayName: 'SuiviOrderStatus',
});
