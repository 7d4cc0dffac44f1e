import { createComponent } from '@lit/react';
import { SuiviOrderSummary as SuiviOrderSummaryElement } from '@suivi/components/define/order-summary';
import * as React from 'react';

/**
 * `<suivi-order-summary>` for React. An order's items and totals.
 * Every property of the element is a prop; importing this registers the tag.
 */
export const SuiviOrderSummary = createComponent({
  react: React,
  tagName: 'suivi-order-summary',
  elementClass: SuiviOrderSummaryElement,
  displayName: 'SuiviOrderSummary',
});
