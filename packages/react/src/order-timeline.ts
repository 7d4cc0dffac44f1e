import { createComponent } from '@lit/react';
import { SuiviOrderTimeline as SuiviOrderTimelineElement } from '@suivi/components/define/order-timeline';
import * as React from 'react';

/**
 * `<suivi-order-timeline>` for React. An order's progress: payment, fulfilment and each shipment's steps.
 * Every property of the element is a prop; importing this registers the tag.
 */
export const SuiviOrderTimeline = createComponent({
  react: React,
  tagName: 'suivi-order-timeline',
  elementClass: SuiviOrderTimelineElement,
  displayName: 'SuiviOrderTimeline',
});
