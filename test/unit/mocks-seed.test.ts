import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DELIVERY_STATUSES,
  FULFILLMENT_STATUSES,
  ORDER_STATES,
  Order,
  PAYMENT_STATUSES,
  RETURN_STATUSES,
  deriveFulfillmentStatus,
} from '@suivi/model';
import * as z from 'zod/mini';
import { createMockApi } from '../../mocks/src/index.ts';

const anchor = new Date('2026-11-21T00:00:00Z');

describe('@suivi/mocks seed data', () => {
  it('is deterministic: same seed, count and anchor give identical orders', () => {
    const a = createMockApi({ seed: 7, orderCount: 120, anchor }).store.all();
    const b = createMockApi({ seed: 7, orderCount: 120, anchor }).store.all();
    assert.deepEqual(b, a);
    const other = createMockApi({ seed: 8, orderCount: 120, anchor }).store.all();
    assert.notDeepEqual(other.slice(12), a.slice(12), 'another seed gives other generated orders');
    assert.deepEqual(other.slice(0, 12), a.slice(0, 12), 'the showcase does not depend on the seed');
  });

  it('builds the same order whenever it is first read, even after clock ticks', () => {
    // One wall-clock instant for both: seeded returns step on ticks, dated when the tick happened.
    const now = () => anchor.getTime() + 3_600_000;
    const eager = createMockApi({ orderCount: 200, anchor, now });
    eager.store.all();
    eager.clock.advance(1);
    eager.clock.advance(2);
    const lazy = createMockApi({ orderCount: 200, anchor, now });
    lazy.clock.advance(1);
    lazy.clock.advance(2);
    assert.deepEqual(lazy.store.all(), eager.store.all());
  });

  it('gives every order of the default seed a valid shape, coherent money and a derived fulfilment status', () => {
    const api = createMockApi({ anchor });
    const orders = api.store.all();
    assert.equal(orders.length, 300);
    const anchorIso = anchor.toISOString();
    for (const order of orders) {
      const parsed = z.safeParse(Order, order);
      assert.ok(parsed.success, `${order.orderNumber}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`);
      const derived = deriveFulfillmentStatus({ ...order, paymentStatus: order.payment.status });
      assert.equal(order.fulfillmentStatus, derived, order.orderNumber);
      const t = order.totals;
      assert.equal(t.total.amount, t.subtotal.amount + t.shipping.amount + t.handling.amount + t.tax.amount - t.discount.amount, order.orderNumber);
      for (const m of [t.subtotal, t.shipping, t.handling, t.tax, t.discount, t.total, order.payment.amountPaid, order.payment.amountRefunded]) {
        assert.ok(Number.isInteger(m.amount), `${order.orderNumber} integer minor units`);
        assert.equal(m.currency, order.currency);
      }
      const subtotal = order.lineItems.reduce((sum, item) => sum + item.unitPrice.amount * item.quantity, 0);
      assert.equal(t.subtotal.amount, subtotal, order.orderNumber);
      assert.ok(order.updatedAt <= anchorIso, `${order.orderNumber} has nothing after the anchor`);
      for (const shipment of order.shipments) {
        if (!shipment.carrier.supported) {
          assert.equal(shipment.status, null);
          assert.equal(shipment.events.length, 0);
          assert.ok(shipment.trackingUrl);
        } else {
          assert.ok(shipment.events.length > 0);
          assert.equal(shipment.status, shipment.events.at(-1)!.status);
        }
      }
      const times = order.timeline.map((entry) => entry.at);
      assert.deepEqual(times, [...times].sort(), `${order.orderNumber} timeline in order`);
      assert.match(order.id, /^ord_[0-9a-z]{20}$/);
    }
    assert.equal(new Set(orders.map((o) => o.id)).size, orders.length, 'ids are unique');
  });

  it('numbers generated orders from #1013, right after the showcase, in the order they were placed', () => {
    const orders = createMockApi({ anchor }).store.all();
    assert.deepEqual(
      orders.map((o) => o.orderNumber),
      orders.map((_, i) => `#${1001 + i}`),
    );
    const generated = orders.slice(12);
    for (let i = 1; i < generated.length; i++) assert.ok(generated[i - 1]!.placedAt <= generated[i]!.placedAt);
  });

  it('covers every payment, fulfilment, delivery, return status and order state', () => {
    const orders = createMockApi({ anchor }).store.all();
    const seen = (values: Iterable<string | null>) => new Set(values);
    assert.deepEqual([...seen(orders.map((o) => o.payment.status))].sort(), [...PAYMENT_STATUSES].sort());
    assert.deepEqual([...seen(orders.map((o) => o.fulfillmentStatus))].sort(), [...FULFILLMENT_STATUSES].sort());
    const delivery = seen(orders.flatMap((o) => o.shipments.map((s) => s.status)));
    for (const status of DELIVERY_STATUSES) assert.ok(delivery.has(status), `delivery status ${status}`);
    assert.ok(delivery.has(null), 'an unsupported carrier');
    assert.deepEqual([...seen(orders.flatMap((o) => o.returns.map((r) => r.status)))].sort(), [...RETURN_STATUSES].sort());
    assert.deepEqual([...seen(orders.map((o) => o.state))].sort(), [...ORDER_STATES].sort());
    assert.deepEqual([...seen(orders.map((o) => o.currency))].sort(), ['CAD', 'EUR', 'GBP', 'USD']);
    assert.deepEqual([...seen(orders.map((o) => o.locale))].sort(), ['en', 'fr']);
    const kinds = seen(orders.flatMap((o) => o.lineItems.map((i) => i.kind)));
    assert.deepEqual([...kinds].sort(), ['digital', 'gift_card', 'physical']);
    assert.ok(orders.some((o) => new Set(o.shipments.map((s) => s.carrier.code)).size > 1), 'an order with two carriers');
    assert.ok(orders.some((o) => o.staffNotes.length && o.tags.length) || (orders.some((o) => o.staffNotes.length) && orders.some((o) => o.tags.length)));
    const paidDigital = orders.flatMap((o) => o.lineItems.filter((i) => i.kind === 'digital').map((i) => ({ o, i })));
    for (const { o, i } of paidDigital) assert.equal(i.downloadUrl !== null, ['paid', 'partially_refunded', 'refunded'].includes(o.payment.status), o.orderNumber);
  });

  it('has the showcase orders first, with stable e-mails and the states they describe', () => {
    const api = createMockApi({ seed: 42, anchor });
    assert.deepEqual(
      api.showcase.map((s) => s.orderNumber),
      ['#1001', '#1002', '#1003', '#1004', '#1005', '#1006', '#1007', '#1008', '#1009', '#1010', '#1011', '#1012'],
    );
    assert.equal(api.showcase[0]!.email, 'camille.martin@example.fr');
    const byNumber = (n: string) => api.store.getByNumber(n)!;
    for (const s of api.showcase) {
      assert.equal(byNumber(s.orderNumber).customer.email, s.email);
      assert.ok(s.summary.en && s.summary.fr);
    }
    assert.equal(byNumber('#1001').shipments[0]!.status, 'in_transit');
    assert.equal(byNumber('#1001').shipments[0]!.carrier.code, 'colissimo');
    assert.equal(byNumber('#1001').locale, 'fr');
    assert.equal(byNumber('#1002').shipments[0]!.status, 'out_for_delivery');
    assert.equal(byNumber('#1002').shipments[0]!.carrier.code, 'ups');
    assert.equal(byNumber('#1003').shipments[0]!.status, 'delivered');
    assert.equal(byNumber('#1004').shipments[0]!.status, 'attempted_delivery');
    assert.deepEqual(byNumber('#1005').shipments.map((s) => s.status), ['delivered', 'in_transit']);
    assert.equal(byNumber('#1006').shipments[0]!.carrier.supported, false);
    assert.equal(byNumber('#1007').fulfillmentStatus, 'fulfilled');
    assert.ok(byNumber('#1007').lineItems.some((i) => i.kind === 'gift_card' && i.giftCardCode));
    assert.ok(byNumber('#1007').lineItems.some((i) => i.kind === 'digital' && i.downloadUrl));
    assert.equal(byNumber('#1008').payment.status, 'pending');
    assert.equal(byNumber('#1008').fulfillmentStatus, 'unfulfilled');
    assert.equal(byNumber('#1009').fulfillmentStatus, 'partially_fulfilled');
    assert.equal(byNumber('#1009').shipments[0]!.status, 'in_transit');
    assert.equal(byNumber('#1010').fulfillmentStatus, 'scheduled');
    assert.ok(byNumber('#1010').fulfillmentHold!.until! > anchor.toISOString().slice(0, 10), 'scheduled after the anchor');
    assert.equal(byNumber('#1011').fulfillmentStatus, 'on_hold');
    assert.equal(byNumber('#1012').payment.status, 'pending');
    assert.deepEqual(byNumber('#1012').lineItems.map((i) => [i.kind, i.downloadUrl, i.giftCardCode]), [['digital', null, null], ['gift_card', null, null]]);
  });

  it('indexes 100 000 orders and finds any of them at once', () => {
    const started = performance.now();
    const api = createMockApi({ orderCount: 100_000, anchor });
    const indexed = performance.now() - started;
    const lookupStarted = performance.now();
    const last = api.store.getByNumber('#101000');
    const found = performance.now() - lookupStarted;
    console.log(`[mocks] 100 000 orders indexed in ${Math.round(indexed)} ms; #101000 built and found in ${found.toFixed(1)} ms`);
    assert.equal(api.store.size, 100_000);
    assert.ok(last);
    assert.equal(api.store.getById(last.id), last);
  });
});
