import '../tracking-map/define.ts';
import { SuiviOrderTimeline } from './suivi-order-timeline.ts';

// Each tracked shipment's section holds a <suivi-tracking-map>, so defining the timeline defines it too.

/** Registers <suivi-order-timeline>, unless another copy of the kit on the page already did. */
if (!customElements.get('suivi-order-timeline')) {
  customElements.define('suivi-order-timeline', SuiviOrderTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'suivi-order-timeline': SuiviOrderTimeline;
  }
}

export { SuiviOrderTimeline };
