import * as z from 'zod/mini';
import { named } from './schema-meta.ts';

/** ISO 4217 currency code (three upper-case letters). */
export const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code like EUR'));

/**
 * An amount of money in integer minor units (cents for EUR, pence for GBP, yen for JPY):
 * never a float, so sums are exact.
 */
export const Money = named(
  z.object({
    amount: z.int(),
    currency: CurrencyCode,
  }),
  'Money',
  'An amount in integer minor units of an ISO 4217 currency.',
);
export type Money = z.infer<typeof Money>;

/** Minor-unit digits per currency, from Intl, so 1234 JPY is ¥1,234 and 1234 EUR is €12.34. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function money(amount: number, currency: string): Money {
  return { amount, currency };
}

/** Adds amounts of the same currency; throws on a currency mix, which is always a bug. */
export function sumMoney(currency: string, amounts: readonly Money[]): Money {
  let total = 0;
  for (const m of amounts) {
    if (m.currency !== currency) throw new Error(`Cannot add ${m.currency} to ${currency}`);
    total += m.amount;
  }
  return { amount: total, currency };
}

/** Formats money with Intl for a locale, e.g. formatMoney({amount: 1999, currency: 'EUR'}, 'fr') → "19,99 €". */
export function formatMoney(value: Money, locale: string): string {
  const digits = minorUnitDigits(value.currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency }).format(value.amount / 10 ** digits);
}
