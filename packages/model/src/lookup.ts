import * as z from 'zod/mini';
import { Timestamp, named } from './schema-meta.ts';
import { CustomerOrderView } from './views.ts';

/**
 * Normalises what a shopper types as an order number: "#1001", "1001", " # 1 001 " → "#1001".
 * Returns null when it cannot be an order number.
 */
export function normalizeOrderNumber(input: string): string | null {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '').replace(/^(?:n°|no\.?|#)/i, '');
  return /^\d{1,12}$/.test(compact) ? `#${compact.replace(/^0+(?=\d)/, '')}` : null;
}

/** E-mails are compared trimmed and case-insensitively. */
export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

/** A deliberately loose e-mail shape: something@something.tld, no spaces. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const LookupRequest = named(
  z.object({
    orderNumber: z.string().check(
      z.maxLength(40, 'Order number is too long'),
      z.refine((value) => normalizeOrderNumber(value) !== null, 'Enter an order number like #1001'),
    ),
    email: z.string().check(
      z.maxLength(254, 'E-mail is too long'),
      z.refine((value) => EMAIL_PATTERN.test(value.trim()), 'Enter the e-mail address used for the order'),
    ),
  }),
  'LookupRequest',
  'Order number (as "#1001", "1001" or with spaces) and the e-mail used at checkout.',
);
export type LookupRequest = z.infer<typeof LookupRequest>;

export const LookupResponse = named(
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
