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
import { DELIVERY_RANK, FULFILLMENT_RANK, METHOD_RANK, PAYMENT_RANK } from './index-row.ts';
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
  carriers: ReadonlySet<string> | null;
  tags: ReadonlySet<string> | null;
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
      carriers: query.carrier?.length ? new Set(query.carrier) : null,
      tags: query.tag?.length ? new Set(query.tag) : null,
      sort,
      dir,
      after,
      limit: query.limit ?? ADMIN_LIST_DEFAULT_LIMIT,
    },
  };
}
