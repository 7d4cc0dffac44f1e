// Vue 3 template types for the Suivi tags (Volar / vue-tsc read `GlobalComponents`), for pages
// that use the tags in templates:
//
//   import '@suivi/components/define/order-lookup';    // registers the tag
//   import type {} from '@suivi/components/jsx/vue';   // types it in templates (once per project)
//
//   <suivi-order-lookup base-url="/api" @suivi-order-found="open($event.session)" />
//
// Vue sets a binding as a property when the element has one and listens to `@event-name` as
// written; tell its compiler the tags are custom elements (`isCustomElement: (tag) =>
// tag.startsWith('suivi-')`), see the Vue example. Types only: this module adds no code.
import type { HTMLAttributes, PublicProps } from 'vue';
import type { SuiviElementProperties, SuiviElements, SuiviTag } from './suivi-elements.ts';

/** `onSuiviOrderFound` for `suivi-order-found`: how Vue names the listener prop of `@suivi-order-found`. */
type VueListenerName<Name extends string> = `on${Capitalize<CamelCase<Name>>}`;
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : Name;

/** The listener props of an element's events, typed with each event's class. */
export type SuiviVueEventProps<Events> = { [Name in keyof Events & string as VueListenerName<Name>]?: (event: Events[Name]) => void };

/** The props of one Suivi tag in a Vue template: HTML attributes, the element's properties, its typed events. */
export type SuiviVueProps<Tag extends SuiviTag> = HTMLAttributes &
  PublicProps &
  SuiviElementProperties<SuiviElements[Tag]['element']> &
  SuiviVueEventProps<SuiviElements[Tag]['events']>;

/** A Suivi tag as Vue's type checker sees a component: an instance whose `$props` are the above. */
export type SuiviVueComponent<Tag extends SuiviTag> = new () => SuiviElements[Tag]['element'] & { $props: SuiviVueProps<Tag> };

/** Every Suivi tag as a global component of Vue's templates. */
export type SuiviGlobalComponents = { [Tag in SuiviTag]: SuiviVueComponent<Tag> };

declare module 'vue' {
  interface GlobalComponents extends SuiviGlobalComponents {}
}
