// Type-level tests of the framework typings (checked by `tsc --noEmit`, step 2 of npm test): the
// @suivi/react wrappers' props and event handlers, the Suivi tags in React JSX
// (@suivi/components/jsx/react) and in Vue's GlobalComponents (@suivi/components/jsx/vue). Each
// `@ts-expect-error` fails the type check if the mistake under it stops being one.
import type {} from '@suivi/components/jsx/react';
import type {} from '@suivi/components/jsx/vue';
import type { BulkActionEvent, OrderFoundEvent, OrderOpenEvent, ReturnRequestedEvent } from '@suivi/components';
import { SuiviOrderLookup, SuiviOrderTable, SuiviReturnRequest } from '@suivi/react';
import type { OrderSession } from '@suivi/sdk';
import type { GlobalComponents } from 'vue';

const takeSession = (session: OrderSession) => session.orderId;

// @suivi/react: typed event handlers and props.
export const wrappers = (
  <>
    <SuiviOrderLookup baseUrl="/api" onSuiviOrderFound={(event) => takeSession(event.session)} />
    <SuiviOrderTable onSuiviOrderOpen={(event: OrderOpenEvent) => event.orderId} onSuiviBulkAction={(event: BulkActionEvent) => event.orderIds} />
    <SuiviReturnRequest onSuiviReturnRequested={(event: ReturnRequestedEvent) => event} />
    {/* @ts-expect-error: the session is on the event, not in a detail */}
    <SuiviOrderLookup onSuiviOrderFound={(event) => event.detail} />
    {/* @ts-expect-error: headingLevel is a number */}
    <SuiviReturnRequest headingLevel="two" />
    {/* @ts-expect-error: no such event on the lookup */}
    <SuiviOrderLookup onSuiviOrderOpen={() => {}} />
  </>
);

// The tags in React JSX, without the wrappers. (TypeScript never checks a JSX attribute whose name
// has a dash against the props, so a misspelt `onsuivi-…` is not caught: the event name must be right.)
export const tags = (
  <>
    <suivi-order-lookup baseUrl="/api" onsuivi-order-found={(event) => takeSession(event.session)} />
    <suivi-order-table onsuivi-order-open={(event) => event.orderId} />
    <suivi-order-summary headingLevel={3} />
    {/* @ts-expect-error: headingLevel is a number */}
    <suivi-order-summary headingLevel="3" />
    {/* @ts-expect-error: the event is an OrderFoundEvent, whose session is not a string */}
    <suivi-order-lookup onsuivi-order-found={(event) => event.session.toUpperCase()} />
  </>
);

// The tags in Vue templates: what Volar / vue-tsc check a template against.
type VueProps<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
export const vueLookup: VueProps<'suivi-order-lookup'> = { baseUrl: '/api', onSuiviOrderFound: (event: OrderFoundEvent) => takeSession(event.session) };
export const vueTable: VueProps<'suivi-order-table'> = { onSuiviOrderOpen: (event) => event.orderId, onSuiviBulkAction: (event) => event.action };
// @ts-expect-error: headingLevel is a number
export const vueSummary: VueProps<'suivi-order-summary'> = { headingLevel: '2' };
