import { createComponent } from '@lit/react';
import { SuiviOrderDetail as SuiviOrderDetailElement } from '@suivi/components/define/order-detail';
import * as React from 'react';

/**
 * `<suivi-order-detail>` for React. One order for staff, with the actions its state allows.
 * Every property of the element is a prop; importing this registers the tag.
 */
export const SuiviOrderDetail = createComponent({
  react: React,
  tagName: 'suivi-order-detail',
  elementClass: SuiviOrderDetailElement,
  displayName: 'SuiviOrderDetail',
});
