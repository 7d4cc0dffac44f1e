import {
  ADMIN_LIST_DEFAULT_DIRECTION,
  ADMIN_LIST_DEFAULT_LIMIT,
  ADMIN_LIST_DEFAULT_SORT,
  dateBoundEnd,
  dateBoundStart,
  type AdminOrderListQuery,
  type AdminOrderSortField,
  type ArchivedFilter,
  type FieldError,
  type SortDirection,
} from '@suivi/model';
import { CARRIER_NAMES, DELIVERY_RANK, FULFILLMENT_RANK, MASK_BITS, METHOD_RANK, PAYMENT_RANK, TAG_NAMES, type Interner } from './index-row.ts';
import { decodeCursor, type CursorPosition } from './list-cursor.ts';
import { searchWordsOf } from './search-text.ts';

/**
 * A validated query turned into what a scan over the rows needs: lookup tables instead of
 * string comparisons, instants instead of ISO strings, a decoded cursor.
 */
export interface ListPlan {
  words: string[];
  fromMs: number;
  toMs: number;
  archived: ArchivedFilter;
  /** Accepted ranks per enum dimension (1 = accepted), or null when that dimension is not filtered. */
  payment: Uint8Array | null;
  fulfillment: Uint8Array | null;
  delivery: Uint8Array | null;
  method: Uint8Array | null;
  /** Accepted CARRIER_NAMES / TAG_NAMES ids, or null when not filtered. */
  carriers: AcceptedNames | null;
  tags: AcceptedNames | null;
  sort: AdminOrderSortField;
  dir: SortDirection;
  after: CursorPosition | null;
  limit: number;
}

function acceptedRanks(values: readonly string[] | undefined, ranks: ReadonlyMap<string, number>): Uint8Array | null {
  if (!values?.length) return null;
  const accepted = new Uint8Array(ranks.size);
  for (const value of values) accepted[ranks.get(value)!] = 1;
  return accepted;
}

/** Accepted name ids: as a bit mask for the ids a row keeps in a mask, and as a table (1 = accepted) for all. */
export interface AcceptedNames {
  mask: number;
  ids: Uint8Array;
}

/** Names as accepted ids; a name no order has ever had gets no id and so matches nothing. */
function acceptedNames(values: readonly string[] | undefined, names: Interner): AcceptedNames | null {
  if (!values?.length) return null;
  const ids = new Uint8Array(names.size);
  let mask = 0;
  for (const value of values) {
    const id = names.existingIdOf(value);
    if (id === undefined) continue;
    ids[id] = 1;
    if (id < MASK_BITS) mask |= 1 << id;
  }
  return { mask, ids };
}

export type ListPlanning = { ok: true; plan: ListPlan } | { ok: false; fields: FieldError[] };

export function planList(query: AdminOrderListQuery): ListPlanning {
  const sort = query.sort ?? ADMIN_LIST_DEFAULT_SORT;
  const dir = query.dir ?? ADMIN_LIST_DEFAULT_DIRECTION;
  let after: CursorPosition | null = null;
  if (query.cursor !== undefined) {
    after = decodeCursor(query.cursor, sort, dir);
    if (!after) {
      return { ok: false, fields: [{ path: 'cursor', message: 'Not a cursor of this list with this sort and direction; start again without it' }] };
    }
  }
  return {
    ok: true,
    plan: {
      words: searchWordsOf(query.q),
      fromMs: query.from === undefined ? -Infinity : dateBoundStart(query.from),
      toMs: query.to === undefined ? Infinity : dateBoundEnd(query.to),
      archived: query.archived ?? 'exclude',
      payment: acceptedRanks(query.payment, PAYMENT_RANK),
      fulfillment: acceptedRanks(query.fulfillment, FULFILLMENT_RANK),
      delivery: acceptedRanks(query.delivery, DELIVERY_RANK),
      method: acceptedRanks(query.method, METHOD_RANK),
      carriers: acceptedNames(query.carrier, CARRIER_NAMES),
      tags: acceptedNames(query.tag, TAG_NAMES),
      sort,
      dir,
      after,
      limit: query.limit ?? ADMIN_LIST_DEFAULT_LIMIT,
    },
  };
}
