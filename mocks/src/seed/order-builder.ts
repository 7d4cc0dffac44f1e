import {
  isPaid,
  type Address,
  type DeliveryStatus,
  type FulfillmentHold,
  type LineItem,
  type Locale,
  type Order,
  type OrderState,
  type PaymentMethod,
  type PaymentStatus,
  type ReturnRequest,
  type ReturnStatus,
  type Shipment,
  type TimelineEntry,
  type TimelineKind,
  type TrackingEvent,
} from '@suivi/model';
import type { Random } from '../random/random.ts';
import { fulfillmentStatusOf } from '../store/order-fulfillment.ts';
import type { PlannedStep, RoutePlan } from '../store/route-plan.ts';
import { CARRIERS, type CarrierKey, type CarrierProfile } from './carriers.ts';
import { convertEuroCents, priceIn, type Product } from './catalog.ts';
import { SHIPPING_FEE_EURO_CENTS, type Market } from './markets.ts';
import type { Person } from './people.ts';
import { WAREHOUSE, clonePlace, type City } from './places.ts';
import { routeDurationHours } from './route-planner.ts';
import { HOUR, iso, isoDate } from './time.ts';

export interface LineSpec {
  product: Product;
  quantity: number;
  variantIndex: number | null;
}

/** Units of one of the order's lines, by index into `OrderSpec.lines`. */
export interface LinePick {
  line: number;
  quantity: number;
}

export interface ShipmentSpec {
  carrier: CarrierKey;
  lines: LinePick[];
  /** The whole journey (empty for an unsupported carrier). */
  route: PlannedStep[];
  /** How many steps of the route have happened by "now"; the rest is left to the carrier clock. */
  stepsDone: number;
  /** When the first scan happens, after the order was placed. */
  hoursAfterPlaced: number;
}

export interface ReturnSpec {
  status: ReturnStatus;
  lines: LinePick[];
  reason: string;
  declineReason: string | null;
  /** When the shopper asked, after the shipment was delivered. */
  hoursAfterDelivery: number;
}

export interface PaymentSpec {
  status: PaymentStatus;
  method: PaymentMethod;
  failureReason: string | null;
  /** partially_paid: the share paid as a deposit; partially_refunded without a returned item: the share refunded. */
  share: number;
}

/**
 * Everything that decides an order, before ids, money and the timeline are worked out.
 * Showcase orders write one by hand; generated orders draw one from a scenario.
 */
export interface OrderSpec {
  placedAt: number;
  market: Market;
  locale: Locale;
  city: City;
  person: Person;
  lines: LineSpec[];
  carrierForShipping: CarrierKey | null;
  payment: PaymentSpec;
  hold: FulfillmentHold | null;
  shipments: ShipmentSpec[];
  returns: ReturnSpec[];
  state: OrderState;
  /** For cancelled orders, and for archived ones (when they were archived). */
  closedHoursAfterPlaced: number;
  customerNote: string | null;
  staffNotes: string[];
  tags: string[];
  discountPercent: number;
  giftWrap: boolean;
  notifications: { email: boolean; sms: boolean };
}

export interface BuiltOrder {
  order: Order;
  plans: RoutePlan[];
}

const GIFT_WRAP_EURO_CENTS = 350;

/**
 * Turns a spec into a complete Order: ids, money that adds up, shipments with the events that
 * already happened, the plan for the ones that have not, and a timeline that tells the same story.
 */
export function buildOrder(random: Random, spec: OrderSpec, orderNumber: string, orderId: string): BuiltOrder {
  const { market, locale } = spec;
  const currency = market.currency;
  const money = (amount: number) => ({ amount, currency });
  const paid = isPaid(spec.payment.status) || spec.payment.status === 'refunded';
  const timeline: Omit<TimelineEntry, 'id'>[] = [];
  const note = (at: number, kind: TimelineKind, extra: Partial<Pick<TimelineEntry, 'status' | 'shipmentId' | 'internal'>> = {}) =>
    timeline.push({ at: iso(at), kind, status: extra.status ?? null, shipmentId: extra.shipmentId ?? null, internal: extra.internal ?? false });

  const lineItems: LineItem[] = spec.lines.map(({ product, quantity, variantIndex }) => {
    const variant = variantIndex !== null && product.variants ? product.variants[variantIndex % product.variants.length]! : null;
    const id = `li_${random.base32(12)}`;
    return {
      id,
      title: product.title[locale],
      variant: variant ? variant[locale] : null,
      sku: product.kind === 'gift_card' ? null : `${product.sku}${variantIndex !== null ? `-${variantIndex + 1}` : ''}`,
      quantity,
      unitPrice: money(priceIn(product, currency)),
      kind: product.kind,
      imageUrl: null,
      downloadUrl: product.kind === 'digital' && paid ? `https://downloads.suivi.example/d/${random.base32(24)}` : null,
      giftCardCode: product.kind === 'gift_card' && paid ? giftCardCode(random) : null,
    };
  });

  // Money, all in integer minor units: total = subtotal + shipping + handling + tax - discount.
  const subtotal = lineItems.reduce((sum, item) => sum + item.unitPrice.amount * item.quantity, 0);
  const hasPhysical = lineItems.some((item) => item.kind === 'physical');
  const shippingCarrier = hasPhysical ? spec.carrierForShipping : null;
  const shippingFee = shippingCarrier ? convertEuroCents(SHIPPING_FEE_EURO_CENTS[shippingCarrier], currency) : 0;
  const handling = spec.giftWrap ? convertEuroCents(GIFT_WRAP_EURO_CENTS, currency) : 0;
  const discount = Math.round((subtotal * spec.discountPercent) / 100);
  const tax = Math.round((subtotal - discount + shippingFee + handling) * market.taxRate);
  const total = subtotal + shippingFee + handling + tax - discount;

  const placedAt = spec.placedAt;
  note(placedAt, 'order_placed');

  const address: Address | null = hasPhysical ? postalAddress(random, spec) : null;
  const billingAddress: Address = address ?? postalAddress(random, spec);

  // Shipments: events that happened, the plan for the rest.
  const plans: RoutePlan[] = [];
  const shipments: Shipment[] = spec.shipments.map((shipmentSpec) => {
    const profile: CarrierProfile = CARRIERS[shipmentSpec.carrier];
    const shipmentId = `shp_${random.base32(12)}`;
    const shippedAt = placedAt + shipmentSpec.hoursAfterPlaced * HOUR;
    const trackingNumber = profile.trackingNumber(random);
    const events: TrackingEvent[] = [];
    let at = shippedAt;
    let status: DeliveryStatus | null = null;
    let deliveredAt: string | null = null;
    note(shippedAt, 'shipment_created', { shipmentId });
    if (profile.carrier.supported) {
      for (const step of shipmentSpec.route.slice(0, Math.max(1, shipmentSpec.stepsDone))) {
        at += step.afterHours * HOUR;
        events.push(trackingEventFrom(random, step, at));
        if (step.status !== status && status !== null) note(at, 'shipment_status', { shipmentId, status: step.status });
        status = step.status;
        if (step.status === 'delivered') deliveredAt = iso(at);
      }
      const remaining = shipmentSpec.route.slice(Math.max(1, shipmentSpec.stepsDone));
      if (remaining.length) plans.push({ orderId, shipmentId, remaining });
    }
    const endsInException = shipmentSpec.route.some((step) => step.status === 'exception');
    const estimatedDelivery =
      profile.carrier.supported && !endsInException ? isoDate(shippedAt + (routeDurationHours(shipmentSpec.route) + 12) * HOUR) : null;
    return {
      id: shipmentId,
      carrier: { ...profile.carrier },
      trackingNumber,
      trackingUrl: profile.trackingUrl(trackingNumber),
      lineItems: shipmentSpec.lines.map(({ line, quantity }) => ({ lineItemId: lineItems[line]!.id, quantity })),
      shippedAt: iso(shippedAt),
      status,
      estimatedDelivery,
      deliveredAt,
      origin: clonePlace(WAREHOUSE),
      destination: clonePlace(spec.city.place),
      events,
    };
  });

  // Returns, on delivered shipments only.
  const deliveredTimes = shipments.flatMap((s) => (s.deliveredAt ? [Date.parse(s.deliveredAt)] : []));
  const lastDelivery = deliveredTimes.length ? Math.max(...deliveredTimes) : placedAt;
  let returnedValue = 0;
  const returns: ReturnRequest[] = spec.returns.map((returnSpec) => {
    const requestedAt = lastDelivery + returnSpec.hoursAfterDelivery * HOUR;
    note(requestedAt, 'return_requested');
    if (returnSpec.status !== 'requested') note(requestedAt + 20 * HOUR, 'return_status', { status: returnSpec.status === 'returned' ? 'in_progress' : returnSpec.status });
    if (returnSpec.status === 'returned') {
      note(requestedAt + 96 * HOUR, 'return_status', { status: 'returned' });
      for (const { line, quantity } of returnSpec.lines) returnedValue += lineItems[line]!.unitPrice.amount * quantity;
    }
    return {
      id: `ret_${random.base32(12)}`,
      requestedAt: iso(requestedAt),
      status: returnSpec.status,
      items: returnSpec.lines.map(({ line, quantity }) => ({ lineItemId: lineItems[line]!.id, quantity })),
      reason: returnSpec.reason,
      declineReason: returnSpec.declineReason,
    };
  });

  // Payment and its story.
  const { status: paymentStatus, method } = spec.payment;
  let amountPaid = 0;
  let amountRefunded = 0;
  const paidAt = placedAt + (method === 'bank_transfer' ? 30 * HOUR : 60_000);
  switch (paymentStatus) {
    case 'pending':
      if (spec.payment.failureReason) note(placedAt + 120_000, 'payment_failed');
      break;
    case 'authorized':
      note(placedAt + 60_000, 'payment_authorized');
      break;
    case 'partially_paid':
      amountPaid = Math.round(total * spec.payment.share);
      note(paidAt, 'payment_paid');
      break;
    case 'paid':
      amountPaid = total;
      note(paidAt, 'payment_paid');
      break;
    case 'partially_refunded':
    case 'refunded': {
      amountPaid = total;
      note(paidAt, 'payment_paid');
      amountRefunded = paymentStatus === 'refunded' ? total : Math.min(total - 1, returnedValue || Math.max(1, Math.round(total * spec.payment.share)));
      // A refund follows the returned parcel, a delivery (goodwill gesture) or a cancellation.
      const refundAt = returns.length
        ? Date.parse(returns[returns.length - 1]!.requestedAt) + 100 * HOUR
        : deliveredTimes.length
          ? lastDelivery + 24 * HOUR
          : placedAt + spec.closedHoursAfterPlaced * HOUR;
      note(refundAt, 'payment_refunded');
      break;
    }
    case 'voided':
      note(placedAt + 60_000, 'payment_authorized');
      note(placedAt + spec.closedHoursAfterPlaced * HOUR, 'payment_voided');
      break;
    case 'expired':
      note(placedAt + 60_000, 'payment_authorized');
      note(placedAt + 7 * 24 * HOUR, 'payment_failed');
      break;
  }

  if (spec.hold) note(placedAt + 2 * HOUR, 'fulfillment_held');
  if (spec.state === 'cancelled') note(placedAt + spec.closedHoursAfterPlaced * HOUR, 'order_cancelled');
  if (spec.state === 'archived') note(Math.max(lastDelivery, paidAt) + spec.closedHoursAfterPlaced * HOUR, 'order_archived');

  const staffNotes = spec.staffNotes.map((text, index) => {
    const at = placedAt + (index + 1) * 3 * HOUR;
    note(at, 'staff_note', { internal: true });
    return { id: `note_${random.base32(12)}`, at: iso(at), author: index % 2 ? 'Paul (logistique)' : 'Sophie (service client)', text };
  });

  timeline.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const orderTimeline: TimelineEntry[] = timeline.map((entry) => ({ id: `tl_${random.base32(12)}`, ...entry }));
  const lastAt = orderTimeline[orderTimeline.length - 1]!.at;

  const order: Order = {
    id: orderId,
    orderNumber,
    placedAt: iso(placedAt),
    updatedAt: lastAt,
    locale,
    currency,
    customer: { name: `${spec.person.firstName} ${spec.person.lastName}`, email: spec.person.email, phone: spec.person.phone },
    lineItems,
    shippingAddress: address,
    billingAddress,
    shippingMethod: shippingCarrier ? { name: CARRIERS[shippingCarrier].methodName[locale], price: money(shippingFee) } : null,
    payment: {
      status: paymentStatus,
      method,
      methodDetail: methodDetail(random, method),
      amountPaid: money(amountPaid),
      amountRefunded: money(amountRefunded),
      failureReason: spec.payment.failureReason,
    },
    totals: { subtotal: money(subtotal), shipping: money(shippingFee), handling: money(handling), tax: money(tax), discount: money(discount), total: money(total) },
    fulfillmentStatus: 'unfulfilled',
    fulfillmentHold: spec.hold,
    shipments,
    returns,
    state: spec.state,
    cancelledAt: spec.state === 'cancelled' ? iso(placedAt + spec.closedHoursAfterPlaced * HOUR) : null,
    customerNote: spec.customerNote,
    staffNotes,
    tags: [...spec.tags],
    notifications: { ...spec.notifications },
    timeline: orderTimeline,
    version: 1,
  };
  order.fulfillmentStatus = fulfillmentStatusOf(order);
  return { order, plans };
}

/** Makes a TrackingEvent of a planned step, at a given time. Used by the seed and by the carrier clock. */
export function trackingEventFrom(random: Random, step: PlannedStep, at: number): TrackingEvent {
  return { id: `evt_${random.base32(12)}`, at: iso(at), status: step.status, description: step.description, place: step.place && clonePlace(step.place) };
}

function postalAddress(random: Random, spec: OrderSpec): Address {
  const { city, person } = spec;
  const street = random.pick(city.streets);
  const number = random.int(1, 180);
  const french = spec.locale === 'fr';
  return {
    name: `${person.firstName} ${person.lastName}`,
    company: random.chance(0.08) ? (french ? 'Atelier Lumière' : 'Northwind Studio') : null,
    line1: `${number} ${street}`,
    line2: random.chance(0.2) ? (french ? `Bâtiment ${random.pick(['A', 'B', 'C'])}, ${random.int(1, 6)}e étage` : `Flat ${random.int(1, 40)}`) : null,
    postalCode: random.pick(city.postalCodes),
    city: city.place.city,
    region: city.place.country === 'US' || city.place.country === 'CA' ? city.place.region : null,
    country: city.place.country,
    phone: person.phone,
  };
}

function methodDetail(random: Random, method: PaymentMethod): string | null {
  switch (method) {
    case 'card':
      return `${random.pick(['Visa', 'Mastercard', 'CB', 'American Express'])} •••• ${random.digits(4)}`;
    case 'apple_pay':
      return `Apple Pay (Visa •••• ${random.digits(4)})`;
    case 'paypal':
      return 'PayPal';
    case 'gift_card':
      return `Gift card •••• ${random.base32(4).toUpperCase()}`;
    case 'bank_transfer':
    case 'cash_on_delivery':
      return null;
  }
}

function giftCardCode(random: Random): string {
  const chunk = () => random.base32(4).toUpperCase();
  return `${chunk()}-${chunk()}-${chunk()}-${chunk()}`;
}
