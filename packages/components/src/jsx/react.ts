// JSX types for the Suivi tags in React 19, for pages that use the tags themselves rather than the
// @suivi/react wrappers:
//
//   import '@suivi/components/define/order-lookup';      // registers the tag
//   import type {} from '@suivi/components/jsx/react';   // types it in JSX (once per project)
//
//   <suivi-order-lookup baseUrl="/api" onsuivi-order-found={(event) => open(event.session)} />
//
// React 19 sets a prop as a property when the element has one (so `baseUrl`, `order` and other
// objects arrive as they are), and treats `on` + an event's exact name as a listener for it.
// Types only: this module adds no code.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SuiviElementProperties, SuiviElements, SuiviTag } from './suivi-elements.ts';

/** `on<event-name>` for each of an element's events: React 19 listens to the name after `on` as written. */
export type SuiviReactEventProps<Events> = { [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void };

/** The props of one Suivi tag in JSX: HTML attributes, the element's properties, its typed events. */
export type SuiviReactProps<Tag extends SuiviTag> = DetailedHTMLProps<HTMLAttributes<SuiviElements[Tag]['element']>, SuiviElements[Tag]['element']> &
  SuiviElementProperties<SuiviElements[Tag]['element']> &
  SuiviReactEventProps<SuiviElements[Tag]['events']>;

/** Every Suivi tag as a JSX intrinsic element. */
export type SuiviIntrinsicElements = { [Tag in SuiviTag]: SuiviReactProps<Tag> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends SuiviIntrinsicElements {}
  }
}
