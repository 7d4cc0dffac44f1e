import { createComponent } from '@lit/react';
import { SuiviShareLink as SuiviShareLinkElement } from '@suivi/components/define/share-link';
import * as React from 'react';

/**
 * `<suivi-share-link>` for React. Make, copy and stop share links to an order.
 * Every property of the element is a prop; importing this registers the tag.
 */
export const SuiviShareLink = createComponent({
  react: React,
  tagName: 'suivi-share-link',
  elementClass: SuiviShareLinkElement,
  displayName: 'SuiviShareLink',
});
