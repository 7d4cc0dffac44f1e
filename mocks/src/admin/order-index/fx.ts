import { minorUnitDigits, type Money } from '@suivi/model';
import { RATE_FROM_EURO } from '../../seed/catalog.ts';

const digitsCache = new Map<string, number>();

/**
 * An amount in euro cents at the mock's fixed rates, for sorting a list that mixes currencies
 * by value. Only for ordering: nothing shown to anyone is converted.
 */
export function euroCentsOf(money: Money): number {
  let digits = digitsCache.get(money.currency);
  if (digits === undefined) digitsCache.set(money.currency, (digits = minorUnitDigits(money.currency)));
  const rate = RATE_FROM_EURO[money.currency] ?? 1;
  return (money.amount / 10 ** digits / rate) * 100;
}
