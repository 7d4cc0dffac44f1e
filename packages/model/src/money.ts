import * as z from 'zod/mini';
import { named } from './schema-meta.ts';

export { formatMoney, minorUnitDigits, money, sumMoney } from './money-format.ts';

/** ISO 4217 currency code (three upper-case letters). */
export const CurrencyCode = /* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code like EUR'));

/**
 * An amount of money in integer minor units (cents for EUR, pence for GBP, yen for JPY):
 * never a float, so sums are exact.
 */
export const Money = /* @__PURE__ */ named(
  z.object({
    amount: z.int(),
    currency: CurrencyCode,
  }),
  'Money',
  'An amount in integer minor units of an ISO 4217 currency.',
);
export type Money = z.infer<typeof Money>;

