import { createComponent } from '@lit/react';
import { SuiviSharedOrder as SuiviSharedOrderElement } from '@suivi/components/define/shared-order';
import * as React from 'react';

/**
 * `<suivi-shared-order>` for React. The page a share link opens: the redacted order, live.
 * Every property of the element is a prop; importing this registers the tag.
 */
export const SuiviSharedOrder = createComponent({
  react: React,
  tagName: 'suivi-shared-order',
  elementClass: SuiviSharedOrderElement,
  displayName: 'SuiviSharedOrder',
});
