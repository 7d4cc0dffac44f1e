import { createComponent } from '@lit/react';
import { SuiviNotificationPreferences as SuiviNotificationPreferencesElement } from '@suivi/components/define/notification-preferences';
import * as React from 'react';

/**
 * `<suivi-notification-preferences>` for React. E-mail and SMS updates on or off.
 * Every property of the element is a prop; importing this registers the tag.
 */
export const SuiviNotificationPreferences = createComponent({
  react: React,
  tagName: 'suivi-notification-preferences',
  elementClass: SuiviNotificationPreferencesElement,
  displayName: 'SuiviNotificationPreferences',
});
