import { refuseReturn, type CreateReturnRequest, type CustomerRefusal, type Order, type ReturnRequest, type ReturnStatus, type TimelineEntry } from '@suivi/model';
import type { CarrierClock } from '../clock/carrier-clock.ts';
import { Random, hashString } from '../random/random.ts';
import type { SeedEntry } from '../seed/seed-index.ts';
import type { OrderStore } from '../store/order-store.ts';
import type { StatusNotifier } from './status-notifier.ts';
import type { ReturnReasonWords } from './return-reason-words.ts';

export type ReturnOutcome = { ok: true; created: ReturnRequest; order: Order } | { ok: false; refusal: CustomerRefusal };

/** A return moves one step per carrier tick: the shop accepts it, then receives the parcel. */
const NEXT_STATUS: Partial<Record<ReturnStatus, ReturnStatus>> = { requested: 'in_progress', in_progress: 'returned' };

const NOTICE_FOR: Partial<Record<ReturnStatus, 'return_in_progress' | 'return_received'>> = { in_progress: 'return_in_progress', returned: 'return_received' };

export interface ReturnDeskOptions {
  store: OrderStore<SeedEntry>;
  clock: CarrierClock;
  notifier: StatusNotifier;
  now: () => number;
  /** Days after delivery during which returns are accepted. */
  windowDays: number;
  /** Words the shopper's reason in the order's language, for the Return's `reason`. */
  words: ReturnReasonWords;
}

/**
 * The shop's returns desk: checks a request against the rules (see refuseReturn in the model),
 * files the return on the order with its timeline entry, and tells the shopper. Every return not
 * finished yet, filed here or seeded, moves on with the carrier clock (requested → in progress →
 * returned), one step per tick, each step on the timeline and, for built orders, in the outbox on
 * the channels the shopper chose. Orders are built lazily, so the desk keeps a log of the ticks
 * (steps and time) and `catchUp` replays it on an order as it is built: the order is the same
 * whenever it is first read, like its parcels (CarrierClock.catchUp).
 */
export class ReturnDesk {
  /** Returns of built orders that are not finished yet: order id → return ids. */
  private readonly moving = new Map<string, Set<string>>();
  /** Every tick since the last reset: its step count and when it happened (shop time). */
  private ticks: { steps: number; at: string }[] = [];
  private readonly options: ReturnDeskOptions;
  private readonly stops: (() => void)[];

  constructor(options: ReturnDeskOptions) {
    this.options = options;
    this.stops = [
      options.clock.onAdvance((steps) => {
        const at = new Date(options.now()).toISOString();
        this.ticks.push({ steps, at });
        this.advance(steps, at);
      }),
      options.store.subscribeAll((event) => {
        if (event.type === 'reloaded') {
          this.moving.clear();
          this.ticks = [];
        } else this.follow(event.order);
      }),
    ];
  }

  /**
   * Brings a freshly built order's returns up to the clock: each past tick moves each unfinished
   * return one step per tick step, dated when the tick happened (a version bump per tick that
   * moved one, as `advance` makes on a built order); what is still unfinished is then followed.
   * Nothing is sent: the shopper was told back then, or the order did not exist for the mock yet.
   */
  catchUp(order: Order): Order {
    if (!order.returns.some((request) => NEXT_STATUS[request.status])) return order;
    for (const tick of this.ticks) {
      const reached = moveReturns(order, (request) => NEXT_STATUS[request.status] !== undefined, tick.steps, tick.at);
      if (!reached.length) break;
      order.version += 1;
      if (order.updatedAt < tick.at) order.updatedAt = tick.at;
    }
    this.follow(order);
    return order;
  }

  /** Follows an order's unfinished returns, so the next ticks move them. */
  private follow(order: Order): void {
    for (const request of order.returns) if (NEXT_STATUS[request.status]) this.track(order.id, request.id);
  }

  request(orderId: string, request: CreateReturnRequest): ReturnOutcome | null {
    const { store, now, windowDays } = this.options;
    const order = store.getById(orderId);
    if (!order) return null;
    const refusal = refuseReturn(order, request, { now: now(), windowDays });
    if (refusal) return { ok: false, refusal };

    const at = new Date(now()).toISOString();
    const random = new Random(hashString(`${order.id}#return#${order.returns.length}`));
    const created: ReturnRequest = {
      id: `ret_${random.base32(12)}`,
      requestedAt: at,
      status: 'requested',
      items: request.items.map(({ lineItemId, quantity }) => ({ lineItemId, quantity })),
      reason: this.options.words(order.locale, request.reason, request.comment ?? null),
      declineReason: null,
    };
    const updated = store.update(
      order.id,
      (draft) => {
        draft.returns.push(created);
        pushTimeline(draft, { id: `tl_${random.base32(12)}`, at, kind: 'return_requested', status: null, shipmentId: null, internal: false });
        return [{ kind: 'order_updated' }];
      },
      { at },
    )!;
    this.track(order.id, created.id);
    this.options.notifier.notify(updated, { topic: 'return_requested', returnId: created.id }, at);
    return { ok: true, created, order: updated };
  }

  dispose(): void {
    for (const stop of this.stops) stop();
  }

  private track(orderId: string, returnId: string): void {
    let ids = this.moving.get(orderId);
    if (!ids) this.moving.set(orderId, (ids = new Set()));
    ids.add(returnId);
  }

  private advance(steps: number, at: string): void {
    const { store, notifier } = this.options;
    for (const [orderId, ids] of [...this.moving]) {
      const reached: { id: string; status: ReturnStatus }[] = [];
      const updated = store.update(
        orderId,
        (draft) => {
          reached.push(...moveReturns(draft, (request) => ids.has(request.id), steps, at));
          for (const request of draft.returns) if (!NEXT_STATUS[request.status]) ids.delete(request.id);
          return reached.length ? [{ kind: 'order_updated' }] : [];
        },
        { at },
      );
      if (!ids.size) this.moving.delete(orderId);
      if (!updated) continue;
      for (const { id, status } of reached) {
        const topic = NOTICE_FOR[status];
        if (topic) notifier.notify(updated, { topic, returnId: id }, at);
      }
    }
  }
}

/** Moves each chosen return of `order` (in place) up to `steps` steps, each on the timeline at `at`; returns the steps made. */
function moveReturns(order: Order, chosen: (request: ReturnRequest) => boolean, steps: number, at: string): { id: string; status: ReturnStatus }[] {
  const reached: { id: string; status: ReturnStatus }[] = [];
  for (const request of order.returns) {
    if (!chosen(request)) continue;
    for (let step = 0; step < steps; step++) {
      const next = NEXT_STATUS[request.status];
      if (!next) break;
      request.status = next;
      const random = new Random(hashString(`${request.id}#${next}`));
      pushTimeline(order, { id: `tl_${random.base32(12)}`, at, kind: 'return_status', status: next, shipmentId: null, internal: false });
      reached.push({ id: request.id, status: next });
    }
  }
  return reached;
}

function pushTimeline(order: Order, entry: TimelineEntry): void {
  order.timeline.push(entry);
  order.timeline.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
