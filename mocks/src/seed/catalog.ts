import type { LineItemKind } from '@suivi/model';

/**
 * The seeded shop: a small French homeware brand that also sells digital patterns and gift
 * cards. Prices are in euro cents; other currencies are converted by `priceIn`.
 */
export interface Product {
  sku: string;
  kind: LineItemKind;
  title: { en: string; fr: string };
  variants: readonly { en: string; fr: string }[] | null;
  priceEuroCents: number;
}

function product(sku: string, kind: LineItemKind, en: string, fr: string, priceEuroCents: number, variants: [string, string][] | null = null): Product {
  return { sku, kind, title: { en, fr }, priceEuroCents, variants: variants && variants.map(([v_en, v_fr]) => ({ en: v_en, fr: v_fr })) };
}

const COLOURS: [string, string][] = [
  ['Sage green', 'Vert sauge'],
  ['Terracotta', 'Terracotta'],
  ['Midnight blue', 'Bleu nuit'],
  ['Chalk white', 'Blanc craie'],
];
const SIZES: [string, string][] = [
  ['Small', 'Petit'],
  ['Medium', 'Moyen'],
  ['Large', 'Grand'],
];

export const PHYSICAL_PRODUCTS: readonly Product[] = [
  product('MUG-GRS', 'physical', 'Stoneware mug', 'Tasse en grès', 1800, COLOURS),
  product('BOL-GRS', 'physical', 'Stoneware bowl', 'Bol en grès', 2400, COLOURS),
  product('LIN-NAP', 'physical', 'Linen napkins (set of 4)', 'Serviettes en lin (lot de 4)', 3200, COLOURS),
  product('LIN-TAB', 'physical', 'Washed linen tablecloth', 'Nappe en lin lavé', 8900, SIZES),
  product('BOUG-FIG', 'physical', 'Fig tree scented candle', 'Bougie parfumée Figuier', 2900),
  product('COUV-LAI', 'physical', 'Wool throw', 'Plaid en laine', 11900, COLOURS),
  product('PAN-OSI', 'physical', 'Wicker basket', 'Panier en osier', 4500, SIZES),
  product('CAF-ITA', 'physical', 'Stovetop coffee maker', 'Cafetière italienne', 3900, [['6 cups', '6 tasses'], ['9 cups', '9 tasses']]),
  product('PLAT-CER', 'physical', 'Ceramic serving dish', 'Plat de service en céramique', 5400),
  product('TAB-CHE', 'physical', 'Oak chopping board', 'Planche à découper en chêne', 3600, SIZES),
  product('LAMP-LIN', 'physical', 'Linen table lamp', 'Lampe à poser en lin', 12900),
  product('VAS-VER', 'physical', 'Recycled glass vase', 'Vase en verre recyclé', 3400),
];

export const DIGITAL_PRODUCTS: readonly Product[] = [
  product('PDF-TRI', 'digital', 'Knitting pattern: Brittany sweater (PDF)', 'Patron de tricot : pull marin (PDF)', 700),
  product('PDF-CER', 'digital', 'Ceramics at home: e-book', 'La céramique chez soi : livre numérique', 1200),
  product('VID-COU', 'digital', 'Online class: linen sewing', 'Cours en ligne : couture du lin', 2900),
];

export const GIFT_CARDS: readonly Product[] = [
  product('CAD-25', 'gift_card', 'Gift card', 'Carte cadeau', 2500),
  product('CAD-50', 'gift_card', 'Gift card', 'Carte cadeau', 5000),
  product('CAD-100', 'gift_card', 'Gift card', 'Carte cadeau', 10000),
];

/** Units of each currency per euro: the mock's fixed exchange rates, for pricing the catalogue in each market's currency. */
export const RATE_FROM_EURO: Record<string, number> = { EUR: 1, GBP: 0.86, USD: 1.09, CAD: 1.48 };

/** Rounded to a price ending in 0 (gift cards) or 99 cents/pence, as shops price things. */

export function priceIn(product: Product, currency: string): number {
  if (product.kind === 'gift_card' && currency !== 'EUR') return Math.round((product.priceEuroCents * (RATE_FROM_EURO[currency] ?? 1)) / 500) * 500;
  return convertEuroCents(product.priceEuroCents, currency);
}

/** A euro price in another currency's minor units, ending in 99 like a shop price. */
export function convertEuroCents(euroCents: number, currency: string): number {
  if (currency === 'EUR') return euroCents;
  const converted = euroCents * (RATE_FROM_EURO[currency] ?? 1);
  return Math.max(99, Math.round(converted / 100) * 100 - 1);
}
