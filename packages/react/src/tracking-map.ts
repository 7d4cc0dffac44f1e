import { createComponent } from '@lit/react';
import { SuiviTrackingMap as SuiviTrackingMapElement } from '@suivi/components/define/tracking-map';
import * as React from 'react';

/**
 * `<suivi-tracking-map>` for React. One shipment's tracking card with its map.
 * Every property of the element is a prop; importing this registers the tag.
 */
export const SuiviTrackingMap = createComponent({
  react: React,
  tagName: 'suivi-tracking-map',
  elementClass: SuiviTrackingMapElement,
  displayName: 'SuiviTrackingMap',
});
