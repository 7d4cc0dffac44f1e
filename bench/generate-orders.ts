/**
 * A fast, deterministic maker of admin list rows (`OrderSummary`) for the order table's
 * benchmark, its 100,000-row story and its large-data tests.
 *
 * Why not the mock store: the store builds whole orders (items, addresses, shipments, tracking
 * events) and projects them, which is right for the API but takes minutes for a million rows.
 * This draws each row's columns directly, with the same vocabulary as the mock (names with
 * accents, the same carriers, currencies and tags) and statuses that agree with each other (an
 * unshipped order has no tracking, a cancelled one was not paid), in about a microsecond a row.
 * The same `seed` and `count` always give the same rows.
 */
import type { FulfillmentStatus, OrderDeliveryStatus, OrderState, OrderSummary, PaymentMethod, PaymentStatus } from '@suivi/model';
import { Random } from '../mocks/src/random/random.ts';

const FIRST_NAMES = ['Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Zoé', 'Hugo', 'Théo', 'Élodie', 'Sébastien', 'Noémie', 'Benoît', 'Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Emily', 'James', 'Sophie', 'Grace', 'Noah', 'Charlotte', 'Liam'];
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Petit', 'Durand', 'Lefèvre', 'Moreau', 'Girard', 'Lemaire', 'Fournier', 'Roux', 'Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Patel', 'Wright', 'Clarke', 'Murphy', 'Campbell', 'Tremblay', 'Gagnon'];
const DOMAINS = ['example.fr', 'example.com', 'example.org', 'example.net'];
const CURRENCIES = ['EUR', 'EUR', 'EUR', 'EUR', 'EUR', 'EUR', 'GBP', 'GBP', 'USD', 'CAD'];
const TAGS = ['gift', 'priority', 'wholesale', 'repeat-customer', 'vip', 'influencer'];

interface CarrierSpec {
  name: string;
  /** Carriers without live status leave the order at "no tracking" once shipped. */
  tracked: boolean;
  trackingNumber: (random: () => number) => string;
}

const digits = (random: () => number, count: number) => {
  let text = '';
  for (let i = 0; i < count; i++) text += String.fromCharCode(48 + Math.floor(random() * 10));
  return text;
};

const CARRIERS: CarrierSpec[] = [
  { name: 'Colissimo', tracked: true, trackingNumber: (r) => `6A${digits(r, 11)}` },
  { name: 'Chronopost', tracked: true, trackingNumber: (r) => `XY${digits(r, 9)}FR` },
  { name: 'UPS', tracked: true, trackingNumber: (r) => `1Z${digits(r, 16)}` },
  { name: 'DHL Express', tracked: true, trackingNumber: (r) => digits(r, 10) },
  { name: 'Royal Mail', tracked: true, trackingNumber: (r) => `RM${digits(r, 9)}GB` },
  { name: 'Canada Post', tracked: true, trackingNumber: (r) => digits(r, 16) },
  { name: 'Transports Bernard', tracked: false, trackingNumber: (r) => `TB-${digits(r, 6)}` },
];

/** The mock's seeded source (mulberry32): tiny, fast and good enough to spread rows over the columns' values. */
function seededRandom(seed: number): () => number {
  const source = new Random(seed);
  return () => source.next();
}

/** Picks from [value, weight] pairs. */
function weighted<T>(pairs: readonly (readonly [T, number])[]): (random: () => number) => T {
  const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
  return (random) => {
    let roll = random() * total;
    for (const [value, weight] of pairs) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  };
}

const pickOpenPayment = weighted<PaymentStatus>([
  ['paid', 72],
  ['authorized', 8],
  ['pending', 7],
  ['partially_paid', 1],
  ['partially_refunded', 3],
  ['refunded', 4],
  ['expired', 3],
  ['voided', 2],
]);
const pickCancelledPayment = weighted<PaymentStatus>([
  ['voided', 4],
  ['refunded', 4],
  ['expired', 2],
]);
const pickPaidFulfilment = weighted<FulfillmentStatus>([
  ['fulfilled', 65],
  ['unfulfilled', 20],
  ['partially_fulfilled', 7],
  ['on_hold', 5],
  ['scheduled', 3],
]);
const pickUnpaidFulfilment = weighted<FulfillmentStatus>([
  ['unfulfilled', 9],
  ['on_hold', 1],
]);
const pickTrackedDelivery = weighted<Exclude<OrderDeliveryStatus, 'no_tracking'>>([
  ['delivered', 45],
  ['in_transit', 25],
  ['confirmed', 10],
  ['out_for_delivery', 8],
  ['attempted_delivery', 5],
  ['exception', 3],
]);
const pickMethod = weighted<PaymentMethod>([
  ['card', 52],
  ['paypal', 17],
  ['apple_pay', 16],
  ['gift_card', 10],
  ['bank_transfer', 3],
  ['cash_on_delivery', 2],
]);

/** "Élodie" → "elodie", for e-mail local parts. */
function asciiLower(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export interface GenerateOrdersOptions {
  /** Same seed, same rows. */
  seed?: number;
  /** The newest order's time; older ones go back from there (about two years for a million rows). */
  newest?: Date;
  /** Order numbers count down from `firstNumber + count - 1` for the newest row to `firstNumber`. */
  firstNumber?: number;
}

/**
 * `count` rows, newest first, as the admin list would return them unsorted.
 *
 * @example
 * const orders = generateOrderSummaries(100_000);
 * table.orders = orders;
 */
export function generateOrderSummaries(count: number, options: GenerateOrdersOptions = {}): OrderSummary[] {
  const random = seededRandom(options.seed ?? 20261120);
  const newest = (options.newest ?? new Date('2026-11-20T09:00:00Z')).getTime();
  const firstNumber = options.firstNumber ?? 1001;
  // Orders arrive on average every `gap` ms, spread over two years (at least a minute apart).
  const gap = Math.max(60_000, Math.floor((2 * 365 * 86_400_000) / Math.max(1, count)));
  const foldedFirst = FIRST_NAMES.map(asciiLower);
  const foldedLast = LAST_NAMES.map(asciiLower);
  const rows: OrderSummary[] = new Array(count);
  let placed = newest;
  for (let i = 0; i < count; i++) {
    placed -= Math.floor(gap * (0.5 + random()));
    const first = Math.floor(random() * FIRST_NAMES.length);
    const last = Math.floor(random() * LAST_NAMES.length);
    const state: OrderState = random() < 0.05 ? 'cancelled' : i > count * 0.1 && random() < 0.3 ? 'archived' : 'open';
    const paymentStatus = state === 'cancelled' ? pickCancelledPayment(random) : pickOpenPayment(random);
    const settled = paymentStatus === 'paid' || paymentStatus === 'partially_refunded';
    const fulfillmentStatus: FulfillmentStatus =
      state === 'cancelled' ? 'unfulfilled' : settled ? pickPaidFulfilment(random) : pickUnpaidFulfilment(random);
    const shipped = fulfillmentStatus === 'fulfilled' || fulfillmentStatus === 'partially_fulfilled';
    const carriers: string[] = [];
    const trackingNumbers: string[] = [];
    let deliveryStatus: OrderDeliveryStatus = 'no_tracking';
    if (shipped) {
      const carrier = CARRIERS[Math.floor(random() * CARRIERS.length)];
      carriers.push(carrier.name);
      trackingNumbers.push(carrier.trackingNumber(random));
      if (carrier.tracked) deliveryStatus = pickTrackedDelivery(random);
    }
    const tags: string[] = [];
    for (const tag of TAGS) if (random() < 0.04) tags.push(tag);
    const currency = CURRENCIES[Math.floor(random() * CURRENCIES.length)];
    rows[i] = {
      id: `ord_${(i + 1).toString(36).padStart(6, '0')}${Math.floor(random() * 2 ** 31).toString(36)}`,
      orderNumber: `#${firstNumber + count - 1 - i}`,
      placedAt: new Date(placed).toISOString(),
      customerName: `${FIRST_NAMES[first]} ${LAST_NAMES[last]}`,
      customerEmail: `${foldedFirst[first]}.${foldedLast[last]}${Math.floor(random() * 999) + 1}@${DOMAINS[Math.floor(random() * DOMAINS.length)]}`,
      total: { amount: 500 + Math.floor(random() * random() * 60_000), currency },
      paymentStatus,
      paymentMethod: pickMethod(random),
      fulfillmentStatus,
      deliveryStatus,
      carriers,
      trackingNumbers,
      tags,
      state,
      version: 1 + Math.floor(random() * 4),
    };
  }
  return rows;
}
