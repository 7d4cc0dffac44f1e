import * as z from 'zod/mini';
import { Timestamp, named } from './schema-meta.ts';
import { isEmailInput, isOrderNumberInput } from './validation-rules.ts';
import { CustomerOrderView } from './views.ts';

export const LookupRequest = /* @__PURE__ */ named(
  z.object({
    orderNumber: /* @__PURE__ */ z.string().check(
      z.maxLength(40, 'Order number is too long'),
      z.refine(isOrderNumberInput, 'Enter an order number like #1001'),
    ),
    email: /* @__PURE__ */ z.string().check(
      z.maxLength(254, 'E-mail is too long'),
      z.refine(isEmailInput, 'Enter the e-mail address used for the order'),
    ),
  }),
  'LookupRequest',
  'Order number (as "#1001", "1001" or with spaces) and the e-mail used at checkout.',
);
export type LookupRequest = z.infer<typeof LookupRequest>;

export const LookupResponse = /* @__PURE__ */ named(
  z.object({
    /** Short-lived bearer token scoped to this one order. Send it as `Authorization: Bearer`; never in a URL. */
    token: z.string(),
    expiresAt: Timestamp,
    order: CustomerOrderView,
  }),
  'LookupResponse',
  'A verified lookup: an access token scoped to the order, and the order.',
);
export type LookupResponse = z.infer<typeof LookupResponse>;
