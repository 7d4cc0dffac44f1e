import type { DeliveryStatus, Order } from '@suivi/model';
import { Random, hashString } from '../random/random.ts';
import type { SeedEntry } from '../seed/seed-index.ts';
import type { OrderStore } from '../store/order-store.ts';
import { statusNoticeText, type StatusNotice } from './notification-text.ts';

/** The delivery statuses a shopper is told about; the others (confirmed, in transit) only show on the page. */
const NOTIFIED_DELIVERY: Partial<Record<DeliveryStatus, 'out_for_delivery' | 'delivered' | 'attempted_delivery' | 'delivery_problem'>> = {
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
  attempted_delivery: 'attempted_delivery',
  exception: 'delivery_problem',
};

/**
 * Records in the outbox what the shop would send when an order moves on: a confirmation for a new
 * order, a message when a parcel is out for delivery, delivered, could not be delivered or has a
 * problem, and each step of a return; on the channels the shopper opted in to (e-mail to their
 * address, SMS to their phone). Nothing leaves the machine.
 *
 * It hears the store, so a change made by anyone (the carrier clock, an admin action, a return)
 * is noticed once. The store says which shipments moved, not what they were before, so the
 * notifier remembers each shipment's status from one change to the next; the first time it hears
 * of an order, the status before the latest scan stands in for it (exact for one-step ticks).
 */
export class StatusNotifier {
  private readonly lastStatus = new Map<string, DeliveryStatus | null>();
  private readonly store: OrderStore<SeedEntry>;
  private readonly now: () => number;
  private readonly stop: () => void;

  constructor(store: OrderStore<SeedEntry>, now: () => number) {
    this.store = store;
    this.now = now;
    this.stop = store.subscribeAll((event) => {
      if (event.type === 'reloaded') this.lastStatus.clear();
      else if (event.type === 'added') this.notify(event.order, { topic: 'confirmation' }, event.order.placedAt);
      else this.onUpdated(event.order, new Set(event.changes.flatMap((change) => (change.kind === 'shipment_status' ? [change.shipmentId] : []))));
    });
  }

  /** Tells the shopper on each channel they opted in to. */
  notify(order: Order, notice: StatusNotice, at: string = new Date(this.now()).toISOString()): void {
    const message = statusNoticeText(order, notice);
    const key = 'shipment' in notice ? notice.shipment.id : 'returnId' in notice ? notice.returnId : order.id;
    const random = new Random(hashString(`${order.id}|${notice.topic}|${key}|${at}|${this.store.outbox.size}`));
    if (order.notifications.email) {
      this.store.outbox.record({ id: `msg_${random.base32(12)}`, orderId: order.id, topic: notice.topic, channel: 'email', recipient: order.customer.email, message, at });
    }
    if (order.notifications.sms && order.customer.phone) {
      this.store.outbox.record({ id: `msg_${random.base32(12)}`, orderId: order.id, topic: notice.topic, channel: 'sms', recipient: order.customer.phone, message, at });
    }
  }

  dispose(): void {
    this.stop();
  }

  private onUpdated(order: Order, moved: ReadonlySet<string>): void {
    for (const shipment of order.shipments) {
      const known = this.lastStatus.has(shipment.id);
      const before = known ? this.lastStatus.get(shipment.id)! : moved.has(shipment.id) ? (shipment.events.at(-2)?.status ?? null) : shipment.status;
      this.lastStatus.set(shipment.id, shipment.status);
      if (!shipment.status || shipment.status === before) continue;
      const topic = NOTIFIED_DELIVERY[shipment.status];
      if (topic) this.notify(order, { topic, shipment }, shipment.events.at(-1)?.at ?? order.updatedAt);
    }
  }
}
