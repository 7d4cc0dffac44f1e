/** The shopper's side of the mock after buying: share links, returns, notification choices and the outbox controls. */
export { createCustomerContext, defaultShareLinkUrl, resetCustomer, type CustomerContext, type ShareLinkUrl } from './customer-context.ts';
export { createCustomerHandlers } from './customer-handlers.ts';
