import { createComponent } from '@lit/react';
import { SuiviOrderLookup as SuiviOrderLookupElement } from '@suivi/components/define/order-lookup';
import * as React from 'react';
import { orderLookupEvents } from './element-events.ts';

/**
 * `<suivi-order-lookup>` for React. The lookup form: order number and e-mail; `onSuiviOrderFound` gets the verified session.
 * Every property of the element is a prop; importing this registers the tag.
 */
export const SuiviOrderLookup = createComponent({
  react: React,
  tagName: 'suivi-order-lookup',
  elementClass: SuiviOrderLookupElement,
  events: orderLookupEvents,
  displayName: 'SuiviOrderLookup',
});
