/**
 * Money arithmetic and formatting, without schemas: UI code imports this without pulling zod in.
 * Amounts are integer minor units of an ISO 4217 currency.
 */
interface Amount {
  amount: number;
  currency: string;
}

/** Minor-unit digits per currency, from Intl, so 1234 JPY is ¥1,234 and 1234 EUR is €12.34. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function money(amount: number, currency: string): Amount {
  return { amount, currency };
}

/** Adds amounts of the same currency; throws on a currency mix, which is always a bug. */
export function sumMoney(currency: string, amounts: readonly Amount[]): Amount {
  let total = 0;
  for (const m of amounts) {
    if (m.currency !== currency) throw new Error(`Cannot add ${m.currency} to ${currency}`);
    total += m.amount;
  }
  return { amount: total, currency };
}

/** Formats money with Intl for a locale, e.g. formatMoney({amount: 1999, currency: 'EUR'}, 'fr') → "19,99 €". */
export function formatMoney(value: Amount, locale: string): string {
  const digits = minorUnitDigits(value.currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency }).format(value.amount / 10 ** digits);
}
