import { Random } from '../random/random.ts';
import { drawOrderSpec } from './generated-order.ts';
import { buildOrder, type BuiltOrder, type OrderSpec } from './order-builder.ts';
import { SHOWCASE_SEED, showcaseEntries, type ShowcaseOrder } from './showcase.ts';

export interface SeedOptions {
  seed: number;
  /** Total number of orders, the showcase included. */
  orderCount: number;
  /** "Now" for the seed: every past event happened before it, every planned one after. */
  anchor: number;
}

/**
 * What is known about a seeded order before it is built: enough to find it (id, number) and
 * to count its moving shipments, and how to build it. Building 100 000 whole orders up front
 * takes seconds and half a gigabyte; an index entry is a few numbers.
 */
export interface SeedEntry {
  id: string;
  orderNumber: string;
  /** For each shipment still travelling, how many scans it had left when seeded. */
  pendingSteps: readonly number[];
  /** Builds the order exactly as seeded; same result every call. */
  build(): BuiltOrder;
}

export interface SeedIndex {
  entries: SeedEntry[];
  showcase: ShowcaseOrder[];
}

/** The showcase takes #1001…#1012; generated orders follow (mocks-seed.test.ts checks there is no gap). */
export const FIRST_GENERATED_ORDER_NUMBER = 1013;

/** Each order draws from its own random source, derived from the seed and its draw position. */
function orderSeed(seed: number, position: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(position + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

function pendingStepsOf(spec: OrderSpec): number[] {
  return spec.shipments.flatMap((s) => (s.route.length > Math.max(1, s.stepsDone) ? [s.route.length - Math.max(1, s.stepsDone)] : []));
}

/**
 * Indexes the data set, deterministic in (seed, orderCount, anchor). The showcase comes first
 * (#1001…#1012, the same for every seed); generated orders follow, numbered from #1013 in the
 * order they were placed.
 */
export function indexSeed({ seed, orderCount, anchor }: SeedOptions): SeedIndex {
  const entries: SeedEntry[] = [];
  const showcase: ShowcaseOrder[] = [];

  showcaseEntries(anchor)
    .slice(0, Math.max(0, orderCount))
    .forEach((entry, k) => {
      const start = () => {
        const random = new Random(SHOWCASE_SEED + k * 7919);
        const id = `ord_${random.base32(20)}`;
        return { random, id, spec: entry.draw(random) };
      };
      const { id, spec } = start();
      entries.push({
        id,
        orderNumber: entry.orderNumber,
        pendingSteps: pendingStepsOf(spec),
        build: () => {
          const again = start();
          return buildOrder(again.random, again.spec, entry.orderNumber, again.id);
        },
      });
      showcase.push({ orderNumber: entry.orderNumber, email: entry.email, summary: { ...entry.summary } });
    });

  const generatedCount = Math.max(0, orderCount - showcase.length);
  const start = (position: number) => {
    const random = new Random(orderSeed(seed, position));
    const id = `ord_${random.base32(20)}`;
    return { random, id, spec: drawOrderSpec(random, anchor) };
  };
  const drafts: { position: number; id: string; placedAt: number; pendingSteps: number[] }[] = [];
  for (let position = 0; position < generatedCount; position++) {
    const { id, spec } = start(position);
    drafts.push({ position, id, placedAt: spec.placedAt, pendingSteps: pendingStepsOf(spec) });
  }
  // Array.prototype.sort is stable, so equal times keep their drawing order.
  drafts.sort((a, b) => a.placedAt - b.placedAt);
  drafts.forEach((draft, index) => {
    const orderNumber = `#${FIRST_GENERATED_ORDER_NUMBER + index}`;
    entries.push({
      id: draft.id,
      orderNumber,
      pendingSteps: draft.pendingSteps,
      build: () => {
        const again = start(draft.position);
        return buildOrder(again.random, again.spec, orderNumber, again.id);
      },
    });
  });
  return { entries, showcase };
}
