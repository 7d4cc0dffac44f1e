import type { DeliveryStatus, Locale } from '@suivi/model';
import { Random } from '../random/random.ts';
import type { CarrierKey } from './carriers.ts';
import { DIGITAL_PRODUCTS, GIFT_CARDS, PHYSICAL_PRODUCTS, type Product } from './catalog.ts';
import { MARKETS, type Market } from './markets.ts';
import type { LineSpec, OrderSpec, ShipmentSpec } from './order-builder.ts';
import { CITIES_BY_COUNTRY, type City } from './places.ts';
import { planRoute, type RouteEnding } from './route-planner.ts';
import { placedBeforeNow } from './shipment-specs.ts';
import { DAY, HOUR, isoDate } from './time.ts';

/** An order the demo offers to try, with what it shows. */
export interface ShowcaseOrder {
  orderNumber: string;
  email: string;
  summary: { en: string; fr: string };
}

export interface ShowcaseEntry extends ShowcaseOrder {
  /** Draws the order's spec; `random` is the entry's own source, so each entry stands alone. */
  draw(random: Random): OrderSpec;
}

/**
 * The showcase orders draw from their own fixed random sources, so #1001…#1012 (ids included)
 * are the same whatever seed the rest of the data uses.
 */
export const SHOWCASE_SEED = 0x5017_1001;

function product(sku: string): Product {
  const found = [...PHYSICAL_PRODUCTS, ...DIGITAL_PRODUCTS, ...GIFT_CARDS].find((p) => p.sku === sku);
  if (!found) throw new Error(`Unknown showcase product ${sku}`);
  return found;
}

function cityNamed(country: Market['country'], name: string): City {
  const found = CITIES_BY_COUNTRY[country].find((c) => c.place.city === name);
  if (!found) throw new Error(`Unknown showcase city ${name}`);
  return found;
}

interface ShowcaseDraft {
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  country: Market['country'];
  city: string;
  locale: Locale;
  lines: LineSpec[];
  carrier: CarrierKey | null;
  summary: { en: string; fr: string };
}

function baseSpec(draft: ShowcaseDraft, anchor: number): OrderSpec {
  return {
    placedAt: anchor - 2 * DAY,
    market: MARKETS[draft.country],
    locale: draft.locale,
    city: cityNamed(draft.country, draft.city),
    person: { firstName: draft.firstName, lastName: draft.lastName, email: draft.email, phone: draft.phone },
    lines: draft.lines,
    carrierForShipping: draft.carrier,
    payment: { status: 'paid', method: 'card', failureReason: null, share: 0 },
    hold: null,
    shipments: [],
    returns: [],
    state: 'open',
    closedHoursAfterPlaced: 0,
    customerNote: null,
    staffNotes: [],
    tags: [],
    discountPercent: 0,
    giftWrap: false,
    notifications: { email: true, sms: false },
  };
}

function line(sku: string, quantity = 1, variantIndex: number | null = null): LineSpec {
  return { product: product(sku), quantity, variantIndex };
}

/** A shipment along a route, cut after the last step of `status` reached so far. */
function shipmentUpTo(random: Random, carrier: CarrierKey, city: City, ending: RouteEnding, lines: ShipmentSpec['lines'], stepsDone: (route: ShipmentSpec['route']) => number): ShipmentSpec {
  const route = planRoute(random, carrier, city, ending);
  return { carrier, lines, route, stepsDone: stepsDone(route), hoursAfterPlaced: 6 };
}

const untilLast = (status: DeliveryStatus) => (route: ShipmentSpec['route']) => route.map((s) => s.status).lastIndexOf(status) + 1;
const untilFirst = (status: DeliveryStatus) => (route: ShipmentSpec['route']) => route.findIndex((s) => s.status === status) + 1;

/** The hand-described orders, numbered from #1001 in this order, relative to `anchor`. */
export function showcaseEntries(anchor: number): ShowcaseEntry[] {
  const entries: ShowcaseEntry[] = [];
  const add = (draft: ShowcaseDraft, shape: (spec: OrderSpec, random: Random) => void) => {
    const draw = (random: Random) => {
      const spec = baseSpec(draft, anchor);
      shape(spec, random);
      return spec;
    };
    entries.push({ orderNumber: `#${1001 + entries.length}`, email: draft.email, summary: draft.summary, draw });
  };

  add(
    {
      email: 'camille.martin@example.fr', firstName: 'Camille', lastName: 'Martin', phone: '+33 6 12 34 56 78', country: 'FR', city: 'Nantes', locale: 'fr',
      lines: [line('MUG-GRS', 2, 0), line('BOUG-FIG')], carrier: 'colissimo',
      summary: { en: 'In transit with Colissimo (French customer); moves on with every clock tick', fr: 'En transit avec Colissimo ; avance à chaque tic de l’horloge' },
    },
    (spec, random) => {
      spec.notifications = { email: true, sms: true };
      const shipment = shipmentUpTo(random, 'colissimo', spec.city, 'delivered', [{ line: 0, quantity: 2 }, { line: 1, quantity: 1 }], () => 3);
      spec.shipments = [shipment];
      spec.placedAt = placedBeforeNow(random, anchor, shipment);
    },
  );

  add(
    {
      email: 'oliver.bennett@example.co.uk', firstName: 'Oliver', lastName: 'Bennett', phone: '+44 7700 900123', country: 'GB', city: 'London', locale: 'en',
      lines: [line('LIN-TAB', 1, 1), line('LIN-NAP', 1, 2)], carrier: 'ups',
      summary: { en: 'Out for delivery today with UPS (English customer)', fr: 'En cours de livraison aujourd’hui avec UPS (client anglophone)' },
    },
    (spec, random) => {
      spec.customerNote = 'Please leave with the neighbour at number 12.';
      const shipment = shipmentUpTo(random, 'ups', spec.city, 'delivered', [{ line: 0, quantity: 1 }, { line: 1, quantity: 1 }], untilFirst('out_for_delivery'));
      spec.shipments = [shipment];
      spec.placedAt = placedBeforeNow(random, anchor, shipment);
    },
  );

  add(
    {
      email: 'chloe.bernard@example.fr', firstName: 'Chloé', lastName: 'Bernard', phone: '+33 6 98 76 54 32', country: 'FR', city: 'Bordeaux', locale: 'fr',
      lines: [line('COUV-LAI', 1, 1), line('VAS-VER')], carrier: 'chronopost',
      summary: { en: 'Delivered two days ago; the return window is open', fr: 'Livrée il y a deux jours ; les retours sont encore possibles' },
    },
    (spec, random) => {
      const shipment = shipmentUpTo(random, 'chronopost', spec.city, 'delivered', [{ line: 0, quantity: 1 }, { line: 1, quantity: 1 }], (route) => route.length);
      spec.shipments = [shipment];
      spec.placedAt = placedBeforeNow(random, anchor, shipment) - 2 * DAY;
    },
  );

  add(
    {
      email: 'amelia.clarke@example.co.uk', firstName: 'Amelia', lastName: 'Clarke', phone: '+44 7700 900456', country: 'GB', city: 'Manchester', locale: 'en',
      lines: [line('CAF-ITA', 1, 0)], carrier: 'royalMail',
      summary: { en: 'Delivery attempted: nobody was home, a card was left', fr: 'Tentative de livraison : destinataire absent, avis de passage déposé' },
    },
    (spec, random) => {
      const shipment = shipmentUpTo(random, 'royalMail', spec.city, 'attempted_then_delivered', [{ line: 0, quantity: 1 }], untilFirst('attempted_delivery'));
      spec.shipments = [shipment];
      spec.placedAt = placedBeforeNow(random, anchor, shipment);
    },
  );

  add(
    {
      email: 'hugo.lefevre@example.fr', firstName: 'Hugo', lastName: 'Lefèvre', phone: null, country: 'FR', city: 'Paris', locale: 'fr',
      lines: [line('BOL-GRS', 4, 3), line('LAMP-LIN')], carrier: 'colissimo',
      summary: { en: 'Two parcels with two carriers: one delivered, one on its way', fr: 'Deux colis, deux transporteurs : l’un livré, l’autre en route' },
    },
    (spec, random) => {
      const first = shipmentUpTo(random, 'colissimo', spec.city, 'delivered', [{ line: 0, quantity: 4 }], (route) => route.length);
      const second = shipmentUpTo(random, 'chronopost', spec.city, 'delivered', [{ line: 1, quantity: 1 }], untilLast('in_transit'));
      second.hoursAfterPlaced = 40;
      spec.shipments = [first, second];
      spec.placedAt = Math.min(placedBeforeNow(random, anchor, first), placedBeforeNow(random, anchor, second));
    },
  );

  add(
    {
      email: 'mathilde.roux@example.fr', firstName: 'Mathilde', lastName: 'Roux', phone: '+33 6 55 44 33 22', country: 'FR', city: 'Toulouse', locale: 'fr',
      lines: [line('PAN-OSI', 2, 2), line('PLAT-CER')], carrier: 'transportsBernard',
      summary: { en: 'Shipped with a carrier Suivi cannot track: tracking link only', fr: 'Expédiée avec un transporteur non suivi : lien de suivi uniquement' },
    },
    (spec, random) => {
      spec.shipments = [{ carrier: 'transportsBernard', lines: [{ line: 0, quantity: 2 }, { line: 1, quantity: 1 }], route: [], stepsDone: 0, hoursAfterPlaced: 26 }];
      spec.placedAt = anchor - 3 * DAY - 5 * HOUR;
    },
  );

  add(
    {
      email: 'noah.tremblay@example.ca', firstName: 'Noah', lastName: 'Tremblay', phone: null, country: 'CA', city: 'Toronto', locale: 'en',
      lines: [line('VID-COU'), line('PDF-TRI'), line('CAD-50')], carrier: null,
      summary: { en: 'Digital download and a gift card, paid and fulfilled', fr: 'Téléchargement et carte cadeau, payés et traités' },
    },
    (spec, random) => {
      spec.payment = { status: 'paid', method: 'paypal', failureReason: null, share: 0 };
      spec.placedAt = anchor - 26 * HOUR;
    },
  );

  add(
    {
      email: 'grace.miller@example.com', firstName: 'Grace', lastName: 'Miller', phone: '+1 512 555 0142', country: 'US', city: 'Austin', locale: 'en',
      lines: [line('LIN-NAP', 2, 0), line('TAB-CHE', 1, 1)], carrier: 'ups',
      summary: { en: 'Awaiting payment: the card was declined, nothing shipped yet', fr: 'En attente de paiement : carte refusée, rien n’est encore expédié' },
    },
    (spec, random) => {
      spec.payment = { status: 'pending', method: 'card', failureReason: 'Card declined: insufficient funds', share: 0 };
      spec.placedAt = anchor - 5 * HOUR;
    },
  );

  add(
    {
      email: 'lea.garnier@example.fr', firstName: 'Léa', lastName: 'Garnier', phone: '+33 6 23 45 67 89', country: 'FR', city: 'Lille', locale: 'fr',
      lines: [line('PLAT-CER'), line('LIN-TAB', 1, 2), line('TAB-CHE', 1, 1)], carrier: 'colissimo',
      summary: { en: 'Partly shipped: one parcel on its way, two items still to come', fr: 'Expédiée en partie : un colis en route, deux articles à suivre' },
    },
    (spec, random) => {
      const shipment = shipmentUpTo(random, 'colissimo', spec.city, 'delivered', [{ line: 0, quantity: 1 }], untilFirst('in_transit'));
      spec.shipments = [shipment];
      spec.placedAt = placedBeforeNow(random, anchor, shipment);
    },
  );

  add(
    {
      email: 'ethan.walker@example.ca', firstName: 'Ethan', lastName: 'Walker', phone: '+1 604 555 0178', country: 'CA', city: 'Vancouver', locale: 'en',
      lines: [line('COUV-LAI', 1, 2), line('BOUG-FIG', 2)], carrier: 'canadaPost',
      summary: { en: 'Scheduled: a pre-order that ships on a set date', fr: 'Expédition programmée : une précommande qui part à date fixe' },
    },
    (spec) => {
      spec.placedAt = anchor - 3 * DAY;
      spec.hold = { kind: 'scheduled', reason: 'Précommande : collection de printemps', until: isoDate(anchor + 12 * DAY) };
    },
  );

  add(
    {
      email: 'ines.moreau@example.fr', firstName: 'Inès', lastName: 'Moreau', phone: '+33 7 81 22 43 65', country: 'FR', city: 'Strasbourg', locale: 'fr',
      lines: [line('LAMP-LIN'), line('VAS-VER')], carrier: 'chronopost',
      summary: { en: 'On hold while the shop checks a detail; nothing for the shopper to do', fr: 'En attente : la boutique vérifie un détail, rien à faire pour le client' },
    },
    (spec) => {
      spec.placedAt = anchor - 30 * HOUR;
      spec.hold = { kind: 'on_hold', reason: 'Adresse de livraison à vérifier avec le client', until: null };
    },
  );

  add(
    {
      email: 'isla.fraser@example.co.uk', firstName: 'Isla', lastName: 'Fraser', phone: null, country: 'GB', city: 'Edinburgh', locale: 'en',
      lines: [line('PDF-CER'), line('CAD-25')], carrier: null,
      summary: { en: 'E-book and gift card awaiting a bank transfer: not available until paid', fr: 'Livre numérique et carte cadeau en attente d’un virement : disponibles une fois payés' },
    },
    (spec) => {
      spec.payment = { status: 'pending', method: 'bank_transfer', failureReason: null, share: 0 };
      spec.placedAt = anchor - 20 * HOUR;
    },
  );

  return entries;
}
