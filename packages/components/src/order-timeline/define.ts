import { SuiviOrderTimeline } from './suivi-order-timeline.ts';

// A tracked shipment's section holds a <suivi-tracking-map>; the timeline loads it when it first
// shows one (tracking-map-loader.ts), so it is not part of this entry.

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
