import type { Locale, PaymentMethod, PaymentStatus, ReturnStatus } from '@suivi/model';
import type { Random } from '../random/random.ts';
import { carriersFor } from './carriers.ts';
import { DIGITAL_PRODUCTS, GIFT_CARDS, PHYSICAL_PRODUCTS, type Product } from './catalog.ts';
import { MARKETS, type Market } from './markets.ts';
import type { LinePick, LineSpec, OrderSpec, PaymentSpec, ReturnSpec } from './order-builder.ts';
import { randomPerson } from './people.ts';
import { CITIES_BY_COUNTRY } from './places.ts';
import type { RouteEnding } from './route-planner.ts';
import { deliveredShipment, inFlightShipment, placedBeforeNow } from './shipment-specs.ts';
import { DAY, HOUR, isoDate } from './time.ts';

/**
 * What happens to a generated order. The weights give a realistic spread (most orders are
 * delivered or on their way) while keeping every status present in a few hundred orders.
 */
type Fate =
  | 'awaiting_payment'
  | 'deposit'
  | 'authorized_unfulfilled'
  | 'paid_unfulfilled'
  | 'on_hold'
  | 'scheduled'
  | 'in_flight'
  | 'partial'
  | 'two_carriers'
  | 'delivered'
  | 'exception'
  | 'unsupported_carrier'
  | 'digital_only'
  | 'cancelled';

const FATES: readonly (readonly [Fate, number])[] = [
  ['awaiting_payment', 6],
  ['deposit', 2],
  ['authorized_unfulfilled', 4],
  ['paid_unfulfilled', 7],
  ['on_hold', 3],
  ['scheduled', 3],
  ['in_flight', 20],
  ['partial', 5],
  ['two_carriers', 5],
  ['delivered', 26],
  ['exception', 3],
  ['unsupported_carrier', 3],
  ['digital_only', 6],
  ['cancelled', 5],
];

const COUNTRIES: readonly (readonly [Market['country'], number])[] = [
  ['FR', 50],
  ['BE', 6],
  ['GB', 18],
  ['US', 14],
  ['CA', 12],
];

const HOLD_REASONS = ['Adresse de livraison à vérifier avec le client', 'Suspicion de fraude : vérification du paiement', 'Article en rupture, réassort attendu'];
const SCHEDULE_REASONS = ['Précommande : collection de printemps', 'Abonnement : envoi mensuel', 'Livraison souhaitée après le déménagement'];
const RETURN_REASONS = ['Too small', 'Changed my mind', 'Arrived damaged', 'Ne correspond pas à la photo', 'Couleur différente de celle attendue', 'Received the wrong item'];
const CUSTOMER_NOTES = ['Merci de laisser le colis chez la gardienne.', 'Please leave with the neighbour at number 12.', 'Code porte : 4821B', 'It’s a gift, please do not include the invoice.', null];
const STAFF_NOTES = ['Client fidèle, geste commercial accordé.', 'Appelé le client : adresse confirmée.', 'Colis remplacé suite à casse.', 'Customer asked for a delivery update by phone.'];
const TAGS = ['vip', 'wholesale', 'gift', 'priority', 'repeat-customer', 'influencer'];

/** Draws a plausible order, placed at a time consistent with where its shipments are relative to `anchor`. */
export function drawOrderSpec(random: Random, anchor: number): OrderSpec {
  const fate = random.weighted(FATES);
  // The unsupported carrier is a French regional one.
  const country = fate === 'unsupported_carrier' ? 'FR' : random.weighted(COUNTRIES);
  const market = MARKETS[country];
  const city = random.pick(CITIES_BY_COUNTRY[country]);
  const locale: Locale = country === 'CA' ? (city.place.region === 'QC' ? 'fr' : 'en') : market.locales[0]!;
  const person = randomPerson(random, locale === 'fr', country);
  const carriers = carriersFor(country);
  const carrier = random.pick(carriers);

  const lines = fate === 'digital_only' ? drawElectronicLines(random) : drawLines(random);
  const physicalLines = lines.flatMap((line, index) => (line.product.kind === 'physical' ? [index] : []));
  const allPhysical: LinePick[] = physicalLines.map((line) => ({ line, quantity: lines[line]!.quantity }));

  const spec: OrderSpec = {
    placedAt: anchor - random.int(2, 96) * HOUR,
    market,
    locale,
    city,
    person,
    lines,
    carrierForShipping: carrier,
    payment: paidBy(random, 'paid'),
    hold: null,
    shipments: [],
    returns: [],
    state: 'open',
    closedHoursAfterPlaced: random.int(2, 72),
    customerNote: random.chance(0.15) ? random.pick(CUSTOMER_NOTES) : null,
    staffNotes: random.chance(0.12) ? [random.pick(STAFF_NOTES)] : [],
    tags: random.chance(0.2) ? [random.pick(TAGS)] : [],
    discountPercent: random.chance(0.2) ? random.pick([10, 15, 20]) : 0,
    giftWrap: random.chance(0.1),
    notifications: { email: true, sms: random.chance(0.3) },
  };

  switch (fate) {
    case 'awaiting_payment': {
      const method = random.weighted<PaymentMethod>([['bank_transfer', 3], ['card', 2], ['cash_on_delivery', 1]]);
      spec.payment = {
        status: 'pending',
        method,
        failureReason: method === 'card' ? random.pick(['Card declined: insufficient funds', 'Carte refusée par la banque émettrice', '3-D Secure authentication failed']) : null,
        share: 0,
      };
      break;
    }
    case 'deposit':
      spec.payment = { status: 'partially_paid', method: 'bank_transfer', failureReason: null, share: random.pick([0.3, 0.5]) };
      // The transfer takes a day or two to arrive, and it has arrived.
      spec.placedAt = anchor - random.int(2, 10) * DAY;
      break;
    case 'authorized_unfulfilled':
      spec.payment = paidBy(random, 'authorized');
      break;
    case 'paid_unfulfilled':
      break;
    case 'on_hold':
      spec.placedAt = anchor - random.int(1, 10) * DAY;
      spec.hold = { kind: 'on_hold', reason: random.pick(HOLD_REASONS), until: null };
      break;
    case 'scheduled':
      spec.placedAt = anchor - random.int(1, 20) * DAY;
      spec.hold = { kind: 'scheduled', reason: random.pick(SCHEDULE_REASONS), until: isoDate(anchor + random.int(5, 40) * DAY) };
      break;
    case 'in_flight': {
      if (random.chance(0.15)) spec.payment = paidBy(random, 'authorized');
      const ending: RouteEnding = random.chance(0.25) ? 'attempted_then_delivered' : 'delivered';
      const shipment = inFlightShipment(random, carrier, spec.city, allPhysical, ending);
      spec.shipments = [shipment];
      spec.placedAt = placedBeforeNow(random, anchor, shipment);
      break;
    }
    case 'partial': {
      const shipped = allPhysical.length > 1 ? allPhysical.slice(0, random.int(1, allPhysical.length - 1)) : [{ line: allPhysical[0]!.line, quantity: 1 }];
      if (allPhysical.length === 1 && lines[allPhysical[0]!.line]!.quantity === 1) lines[allPhysical[0]!.line]!.quantity = 2;
      const shipment = random.chance(0.5) ? inFlightShipment(random, carrier, spec.city, shipped, 'delivered') : deliveredShipment(random, carrier, spec.city, shipped);
      spec.shipments = [shipment];
      spec.placedAt = placedBeforeNow(random, anchor, shipment);
      break;
    }
    case 'two_carriers': {
      while (physicalLines.length < 2) {
        lines.push({ product: random.pick(PHYSICAL_PRODUCTS), quantity: 1, variantIndex: null });
        physicalLines.push(lines.length - 1);
      }
      const firstPart: LinePick[] = [{ line: physicalLines[0]!, quantity: lines[physicalLines[0]!]!.quantity }];
      const secondPart: LinePick[] = physicalLines.slice(1).map((line) => ({ line, quantity: lines[line]!.quantity }));
      const otherCarrier = carriers.find((key) => key !== carrier) ?? (country === 'FR' || country === 'BE' ? 'transportsBernard' : carrier);
      const first = deliveredShipment(random, carrier, spec.city, firstPart);
      const second = inFlightShipment(random, otherCarrier, spec.city, secondPart, 'delivered');
      second.hoursAfterPlaced = first.hoursAfterPlaced + random.int(20, 60);
      spec.shipments = [first, second];
      spec.placedAt = Math.min(placedBeforeNow(random, anchor, first), placedBeforeNow(random, anchor, second));
      break;
    }
    case 'delivered': {
      const shipment = deliveredShipment(random, carrier, spec.city, allPhysical);
      spec.shipments = [shipment];
      const ageDays = random.int(0, 120);
      spec.placedAt = placedBeforeNow(random, anchor, shipment) - ageDays * DAY;
      if (random.chance(0.3)) {
        const status = random.pick<ReturnStatus>(['requested', 'in_progress', 'returned', 'declined']);
        const returned: ReturnSpec = {
          status,
          lines: [{ line: physicalLines[0]!, quantity: 1 }],
          reason: random.pick(RETURN_REASONS),
          declineReason: status === 'declined' ? 'Return window closed / Délai de retour dépassé' : null,
          hoursAfterDelivery: random.int(12, 24 * 12),
        };
        // A request must be in the past: older orders can have any status, recent ones only a fresh request.
        if (ageDays * 24 < returned.hoursAfterDelivery + 120) {
          returned.status = 'requested';
          returned.declineReason = null;
          returned.hoursAfterDelivery = Math.max(1, ageDays * 24 - 4);
        }
        spec.returns = ageDays > 0 ? [returned] : [];
        if (spec.returns.length && returned.status === 'returned') {
          spec.payment = { ...spec.payment, status: random.chance(0.8) ? 'partially_refunded' : 'refunded' };
        }
      } else if (ageDays > 30 && random.chance(0.6)) {
        spec.state = 'archived';
        spec.closedHoursAfterPlaced = random.int(24, 24 * 20);
      }
      if (!spec.returns.length && ageDays >= 2 && random.chance(0.04)) spec.payment = { ...spec.payment, status: 'partially_refunded', share: 0.1 };
      break;
    }
    case 'exception': {
      const shipment = inFlightShipment(random, carrier, spec.city, allPhysical, 'exception');
      shipment.stepsDone = shipment.route.length;
      spec.shipments = [shipment];
      spec.placedAt = placedBeforeNow(random, anchor, shipment) - random.int(0, 10) * DAY;
      spec.staffNotes = ['Réclamation ouverte auprès du transporteur.'];
      break;
    }
    case 'unsupported_carrier': {
      spec.carrierForShipping = 'transportsBernard';
      spec.shipments = [{ carrier: 'transportsBernard', lines: allPhysical, route: [], stepsDone: 0, hoursAfterPlaced: random.int(20, 60) }];
      spec.placedAt = anchor - random.int(3, 60) * DAY;
      break;
    }
    case 'digital_only':
      spec.carrierForShipping = null;
      spec.placedAt = anchor - random.int(1, 24 * 120) * HOUR;
      if (random.chance(0.15)) spec.payment = paidBy(random, 'pending');
      else if (spec.placedAt < anchor - 30 * DAY && random.chance(0.5)) {
        spec.state = 'archived';
        spec.closedHoursAfterPlaced = random.int(1, 48);
      }
      break;
    case 'cancelled': {
      const status = random.weighted<PaymentStatus>([['voided', 3], ['refunded', 3], ['expired', 2]]);
      spec.payment = paidBy(random, status);
      spec.state = 'cancelled';
      // An authorisation expires after seven days, so an expired one is older than that.
      spec.placedAt = anchor - random.int(status === 'expired' ? 9 : 1, 90) * DAY;
      spec.closedHoursAfterPlaced = status === 'expired' ? 24 * 7 + random.int(1, 48) : random.int(1, 72);
      break;
    }
  }
  return spec;
}

function paidBy(random: Random, status: PaymentStatus | 'card'): PaymentSpec {
  const method = random.weighted<PaymentMethod>([['card', 6], ['paypal', 2], ['apple_pay', 2], ['gift_card', 1]]);
  return { status: status === 'card' ? 'paid' : status, method, failureReason: null, share: 0.2 };
}

function drawLines(random: Random): LineSpec[] {
  const count = random.weighted([[1, 5], [2, 3], [3, 2], [4, 1]] as const);
  const lines: LineSpec[] = [];
  const used = new Set<Product>();
  for (let i = 0; i < count; i++) {
    const kindRoll = random.next();
    const pool = i > 0 && kindRoll < 0.1 ? DIGITAL_PRODUCTS : i > 0 && kindRoll < 0.15 ? GIFT_CARDS : PHYSICAL_PRODUCTS;
    const product = random.pick(pool);
    if (used.has(product)) continue;
    used.add(product);
    lines.push({
      product,
      quantity: product.kind === 'physical' ? random.weighted([[1, 6], [2, 3], [4, 1]] as const) : 1,
      variantIndex: product.variants ? random.int(0, product.variants.length - 1) : null,
    });
  }
  return lines;
}

function drawElectronicLines(random: Random): LineSpec[] {
  const lines: LineSpec[] = [{ product: random.pick(DIGITAL_PRODUCTS), quantity: 1, variantIndex: null }];
  if (random.chance(0.4)) lines.push({ product: random.pick(GIFT_CARDS), quantity: 1, variantIndex: null });
  return lines;
}

