import { createComponent } from '@lit/react';
import { SuiviReturnRequest as SuiviReturnRequestElement } from '@suivi/components/define/return-request';
import * as React from 'react';
import { returnRequestEvents } from './element-events.ts';

/**
 * `<suivi-return-request>` for React. The shopper's returns and the form to ask for one; `onSuiviReturnRequested` gets the accepted return.
 * Every property of the element is a prop; importing this registers the tag.
 */
export const SuiviReturnRequest = createComponent({
  react: React,
  tagName: 'suivi-return-request',
  elementClass: SuiviReturnRequestElement,
  events: returnRequestEvents,
  displayName: 'SuiviReturnRequest',
});
