import { createComponent } from '@lit/react';
import { SuiviOrderAdmin as SuiviOrderAdminElement } from '@suivi/components/define/order-admin';
import * as React from 'react';

/**
 * `<suivi-order-admin>` for React. The admin page: the table in server mode and the detail panel.
 * Every property of the element is a prop; importing this registers the tag.
 */
export const SuiviOrderAdmin = createComponent({
  react: React,
  tagName: 'suivi-order-admin',
  elementClass: SuiviOrderAdminElement,
  displayName: 'SuiviOrderAdmin',
});
