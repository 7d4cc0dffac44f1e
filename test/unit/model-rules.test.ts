import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CustomerOrderView,
  Order,
  SharedOrderView,
  allowedActions,
  decideAction,
  deriveFulfillmentStatus,
  formatMoney,
  normalizeEmail,
  normalizeOrderNumber,
  shipmentProgress,
  sumMoney,
  toCustomerView,
  toSharedView,
  unshippedQuantities,
} from '@suivi/model';
import { orderFixture, shipmentFixture } from './fixtures/order-fixture.ts';

describe('model: schemas', () => {
  it('accepts the fixture order and rejects a float amount', () => {
    assert.equal(Order.safeParse(orderFixture()).success, true);
    const bad = orderFixture();
    bad.totals.total.amount = 93.8;
    const result = Order.safeParse(bad);
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0].path, ['totals', 'total', 'amount']);
  });
});

describe('model: order numbers and e-mails', () => {
  it('normalises what shoppers type', () => {
    for (const input of ['#1001', '1001', ' 1 001 ', '# 1001', 'n°1001', '001001']) assert.equal(normalizeOrderNumber(input), '#1001', input);
    for (const input of ['', '#', 'abc', '10-01', '#1001#']) assert.equal(normalizeOrderNumber(input), null, input);
    assert.equal(normalizeEmail('  Camille.Martin@Example.FR '), 'camille.martin@example.fr');
  });
});

describe('model: money', () => {
  it('formats minor units with Intl per currency and locale', () => {
    assert.equal(formatMoney({ amount: 123456, currency: 'EUR' }, 'fr'), '1\u202f234,56\u00a0€');
    assert.equal(formatMoney({ amount: 123456, currency: 'GBP' }, 'en'), '£1,234.56');
    assert.equal(formatMoney({ amount: 1234, currency: 'JPY' }, 'en'), '¥1,234');
  });
  it('refuses to add different currencies', () => {
    assert.deepEqual(sumMoney('EUR', [{ amount: 1, currency: 'EUR' }, { amount: 2, currency: 'EUR' }]), { amount: 3, currency: 'EUR' });
    assert.throws(() => sumMoney('EUR', [{ amount: 1, currency: 'USD' }]));
  });
});

describe('model: fulfilment status', () => {
  const base = orderFixture();
  const derive = (overrides: Partial<Parameters<typeof deriveFulfillmentStatus>[0]>) =>
    deriveFulfillmentStatus({ lineItems: base.lineItems, shipments: [], fulfillmentHold: null, paymentStatus: 'paid', ...overrides });

  it('is unfulfilled with nothing shipped and nothing paid', () => {
    assert.equal(derive({ paymentStatus: 'pending' }), 'unfulfilled');
  });
  it('counts paid digital items as fulfilled, so a mixed order is partial', () => {
    assert.equal(derive({}), 'partially_fulfilled');
  });
  it('is fulfilled when every physical unit shipped and digital items are paid', () => {
    assert.equal(derive({ shipments: [shipmentFixture()] }), 'fulfilled');
  });
  it('is partial when only some units shipped', () => {
    const partial = shipmentFixture({ lineItems: [{ lineItemId: 'li_1', quantity: 1 }] });
    assert.equal(derive({ shipments: [partial], paymentStatus: 'pending' }), 'partially_fulfilled');
  });
  it('fulfils a digital-only order on payment', () => {
    const digital = base.lineItems.filter((i) => i.kind === 'digital');
    assert.equal(derive({ lineItems: digital, paymentStatus: 'pending' }), 'unfulfilled');
    assert.equal(derive({ lineItems: digital }), 'fulfilled');
  });
  it('lets a hold win', () => {
    assert.equal(derive({ fulfillmentHold: { kind: 'on_hold', reason: 'Address check', until: null } }), 'on_hold');
    assert.equal(derive({ fulfillmentHold: { kind: 'scheduled', reason: null, until: '2026-12-01' } }), 'scheduled');
  });
  it('lists units not shipped yet', () => {
    const partial = shipmentFixture({ lineItems: [{ lineItemId: 'li_1', quantity: 1 }] });
    assert.deepEqual([...unshippedQuantities({ lineItems: base.lineItems, shipments: [partial] })], [['li_1', 1]]);
  });
});

describe('model: shipment progress', () => {
  it('marks steps complete, current and upcoming with dates', () => {
    const progress = shipmentProgress(shipmentFixture());
    assert.deepEqual(
      progress.steps.map((s) => [s.step, s.state, s.reachedAt]),
      [
        ['confirmed', 'complete', '2026-11-19T08:00:00Z'],
        ['in_transit', 'current', '2026-11-19T20:00:00Z'],
        ['out_for_delivery', 'upcoming', null],
        ['delivered', 'upcoming', null],
      ],
    );
    assert.equal(progress.attemptedDelivery, false);
  });
  it('keeps attempted delivery as its own state on the out-for-delivery step', () => {
    const progress = shipmentProgress(shipmentFixture({ status: 'attempted_delivery' }));
    assert.equal(progress.attemptedDelivery, true);
    assert.equal(progress.steps.find((s) => s.state === 'current')?.step, 'out_for_delivery');
  });
  it('completes every step once delivered', () => {
    const progress = shipmentProgress(shipmentFixture({ status: 'delivered' }));
    assert.ok(progress.steps.every((s) => s.state === 'complete'));
  });
  it('has no status for an unsupported carrier', () => {
    const progress = shipmentProgress(shipmentFixture({ status: null, events: [] }));
    assert.deepEqual(progress, { tracked: false, status: null, steps: [], attemptedDelivery: false, exception: false });
  });
});

describe('model: redaction', () => {
  const order = orderFixture({ shipments: [shipmentFixture()] });

  it('customer view drops staff notes, tags and internal entries', () => {
    const view = toCustomerView(order);
    assert.equal(CustomerOrderView.safeParse(view).success, true);
    const text = JSON.stringify(view);
    assert.ok(!text.includes('Client VIP'));
    assert.ok(!('tags' in view) && !('staffNotes' in view));
    assert.ok(view.timeline.every((e) => !e.internal));
  });
  it('customer view withholds download links until paid', () => {
    const unpaid = toCustomerView(orderFixture({ payment: { ...order.payment, status: 'pending' } }));
    assert.equal(unpaid.lineItems[1].downloadUrl, null);
  });
  it('shared view leaks no address, payment, e-mail, phone, name or price', () => {
    const view = toSharedView(order);
    assert.equal(SharedOrderView.safeParse(view).success, true);
    const text = JSON.stringify(view);
    for (const secret of ['rue des Lilas', '69003', 'camille.martin@example.fr', '+33 6 12 34 56 78', 'Visa', '4242', 'Camille', 'https://shop.example/dl/abc', 'Client VIP', '3900', '9380']) {
      assert.ok(!text.includes(secret), `shared view leaks ${secret}`);
    }
  });
});

describe('model: admin state machine', () => {
  it('allows what a paid, unshipped order can do', () => {
    assert.deepEqual(allowedActions(orderFixture()), ['hold_fulfillment', 'fulfill', 'cancel', 'refund', 'archive']);
  });
  it('refuses with a reason', () => {
    assert.deepEqual(decideAction(orderFixture(), 'capture_payment'), {
      allowed: false,
      code: 'not_authorized',
      reason: 'Only an authorised payment can be captured.',
    });
    const cancelled = orderFixture({ state: 'cancelled' });
    assert.equal(allowedActions(cancelled).length, 0);
    const shipped = orderFixture({ shipments: [shipmentFixture()] });
    assert.equal((decideAction(shipped, 'cancel') as { code: string }).code, 'has_shipments');
    assert.equal((decideAction(shipped, 'fulfill') as { code: string }).code, 'nothing_to_fulfill');
  });
  it('does not ship an unpaid order, unless cash on delivery', () => {
    const pending = orderFixture({ payment: { ...orderFixture().payment, status: 'pending' } });
    assert.equal(decideAction(pending, 'fulfill').allowed, false);
    assert.ok(allowedActions(pending).includes('mark_paid'));
    const cod = orderFixture({ payment: { ...orderFixture().payment, status: 'pending', method: 'cash_on_delivery' } });
    assert.equal(decideAction(cod, 'fulfill').allowed, true);
  });
  it('holds and releases', () => {
    const held = orderFixture({ fulfillmentHold: { kind: 'on_hold', reason: null, until: null } });
    assert.deepEqual(allowedActions(held).filter((a) => a.includes('fulfill')), ['release_fulfillment']);
  });
  it('only unarchives archived orders', () => {
    assert.deepEqual(allowedActions(orderFixture({ state: 'archived' })), ['unarchive']);
  });
});

describe('model: order delivery status and summary rows', () => {
  it('puts problems first, then the least advanced tracked parcel', async () => {
    const { orderDeliveryStatus } = await import('@suivi/model');
    assert.equal(orderDeliveryStatus([]), 'no_tracking');
    assert.equal(orderDeliveryStatus([{ status: null }]), 'no_tracking');
    assert.equal(orderDeliveryStatus([{ status: 'delivered' }, { status: 'in_transit' }]), 'in_transit');
    assert.equal(orderDeliveryStatus([{ status: 'delivered' }, { status: null }]), 'delivered');
    assert.equal(orderDeliveryStatus([{ status: 'delivered' }, { status: 'attempted_delivery' }]), 'attempted_delivery');
    assert.equal(orderDeliveryStatus([{ status: 'attempted_delivery' }, { status: 'exception' }]), 'exception');
  });
  it('projects an order onto a valid list row', async () => {
    const { OrderSummary, toOrderSummary } = await import('@suivi/model');
    const row = toOrderSummary(orderFixture({ shipments: [shipmentFixture()] }));
    assert.equal(OrderSummary.safeParse(row).success, true);
    assert.deepEqual([row.deliveryStatus, row.carriers, row.trackingNumbers, row.customerName], ['in_transit', ['Colissimo'], ['6A12345678901'], 'Camille Martin']);
  });
});
