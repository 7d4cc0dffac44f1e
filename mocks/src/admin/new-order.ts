import type { Order, PaymentStatus } from '@suivi/model';
import { Random, hashString } from '../random/random.ts';
import { drawOrderSpec } from '../seed/generated-order.ts';
import { buildOrder, type BuiltOrder } from '../seed/order-builder.ts';
import type { SeedEntry } from '../seed/seed-index.ts';
import type { OrderStore } from '../store/order-store.ts';

/** The next free order number: one past the highest, as a shop numbers its orders. */
function nextOrderNumber(store: OrderStore<SeedEntry>): string {
  let highest = 1000;
  for (const entry of store.seedEntries()) highest = Math.max(highest, Number(entry.orderNumber.slice(1)));
  return `#${highest + 1}`;
}

/**
 * A new order, placed now (the mock's "an order comes in", for showing a live new row): drawn
 * like the seed's orders, then made fresh: nothing shipped, returned or closed yet, paid by card,
 * only authorised, or awaiting a bank transfer. Deterministic in the store's size, like the seed.
 */
export function addNewOrder(store: OrderStore<SeedEntry>, now: number): Order {
  const random = new Random(hashString(`new-order#${store.size}`));
  const id = `ord_${random.base32(20)}`;
  const orderNumber = nextOrderNumber(store);
  const spec = drawOrderSpec(random, now);
  const status = random.weighted<PaymentStatus>([['paid', 6], ['authorized', 2], ['pending', 2]]);
  const method = status === 'pending' ? 'bank_transfer' : spec.payment.method === 'bank_transfer' || spec.payment.method === 'cash_on_delivery' ? 'card' : spec.payment.method;
  Object.assign(spec, {
    placedAt: now,
    payment: { status, method, failureReason: null, share: 0 },
    hold: null,
    shipments: [],
    returns: [],
    state: 'open',
    staffNotes: [],
  });
  const built = buildOrder(random, spec, orderNumber, id);
  // The store builds an entry through the clock's catchUp, which edits what it is given: hand it a copy each time.
  const entry: SeedEntry = { id, orderNumber, pendingSteps: [], build: (): BuiltOrder => structuredClone(built) };
  return store.add(entry);
}
