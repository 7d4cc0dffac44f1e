import type { Locale } from '@suivi/model';
import type { CarrierKey } from './carriers.ts';

/** Where shoppers live, with what that implies for money and tax. */
export interface Market {
  country: 'FR' | 'BE' | 'GB' | 'US' | 'CA';
  currency: 'EUR' | 'GBP' | 'USD' | 'CAD';
  /** Sales tax or VAT added on top of the goods and shipping. */
  taxRate: number;
  locales: readonly Locale[];
}

export const MARKETS: Record<Market['country'], Market> = {
  FR: { country: 'FR', currency: 'EUR', taxRate: 0.2, locales: ['fr'] },
  BE: { country: 'BE', currency: 'EUR', taxRate: 0.21, locales: ['fr'] },
  GB: { country: 'GB', currency: 'GBP', taxRate: 0.2, locales: ['en'] },
  US: { country: 'US', currency: 'USD', taxRate: 0.08, locales: ['en'] },
  CA: { country: 'CA', currency: 'CAD', taxRate: 0.13, locales: ['en', 'fr'] },
};

/** Shipping fee per carrier, in euro cents before conversion. */
export const SHIPPING_FEE_EURO_CENTS: Record<CarrierKey, number> = {
  colissimo: 590,
  chronopost: 1290,
  ups: 1990,
  dhl: 2490,
  royalMail: 1490,
  canadaPost: 1790,
  transportsBernard: 4900,
};
