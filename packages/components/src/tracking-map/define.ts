import { SuiviTrackingMap } from './suivi-tracking-map.ts';

/** Registers <suivi-tracking-map>, unless another copy of the kit on the page already did. */
if (!customElements.get('suivi-tracking-map')) {
  customElements.define('suivi-tracking-map', SuiviTrackingMap);
}

declare global {
  interface HTMLElementTagNameMap {
    'suivi-tracking-map': SuiviTrackingMap;
  }
}

export { SuiviTrackingMap };
