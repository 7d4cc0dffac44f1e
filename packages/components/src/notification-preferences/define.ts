import { SuiviNotificationPreferences } from './suivi-notification-preferences.ts';

/** Registers <suivi-notification-preferences>, unless another copy of the kit on the page already did. */
if (!customElements.get('suivi-notification-preferences')) {
  customElements.define('suivi-notification-preferences', SuiviNotificationPreferences);
}

declare global {
  interface HTMLElementTagNameMap {
    'suivi-notification-preferences': SuiviNotificationPreferences;
  }
}

export { SuiviNotificationPreferences };
