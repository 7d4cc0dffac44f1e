import { type BulkItemResult, type BulkOrderRef, MAX_BULK_ORDERS } from '@suivi/model';
import { newIdempotencyKey, type SuiviAdminClient } from '@suivi/sdk';

/** The bulk actions the table's bar offers that change orders (export is a download, not a bulk request). */
export type BulkChange = 'archive' | 'unarchive';

/** One request's worth of a bulk run: at most the API's cap, with the key that makes its retry harmless. */
interface Batch {
  refs: readonly BulkOrderRef[];
  key: string;
}

/**
 * A bulk action on a selection of any size: the API takes at most MAX_BULK_ORDERS orders per
 * request, so the selection goes in batches of that many, one after the other (a shop's server
 * is not asked to do them all at once, and the merchant sees it advance). Each batch has its own
 * idempotency key, made once and kept: when a batch gets no answer, `send` again resends it with
 * the same key, so a batch the server did apply before the connection dropped has its effect
 * once. A failed batch stops the run; it and the batches after it are `unsent` until sent again.
 * Every order ends up with one result: done or refused (`results`, the API's answer for it) or
 * not sent (`unsent`).
 */
export class BulkRun {
  /** The API's answer for each order of the batches that got one, in the order sent. */
  readonly results: BulkItemResult[] = [];
  private readonly pending: Batch[] = [];

  constructor(
    private readonly client: SuiviAdminClient,
    readonly action: BulkChange,
    refs: readonly BulkOrderRef[],
  ) {
    for (let start = 0; start < refs.length; start += MAX_BULK_ORDERS) this.pending.push({ refs: refs.slice(start, start + MAX_BULK_ORDERS), key: newIdempotencyKey() });
  }

  /** How many orders the run covers. */
  get total(): number {
    return this.results.length + this.unsent.length;
  }

  /** The orders whose batch has not been answered yet (never sent, or failed). */
  get unsent(): BulkOrderRef[] {
    return this.pending.flatMap((batch) => batch.refs);
  }

  /**
   * Sends the batches not answered yet, in order; `progress` hears after each answer. True when
   * every batch is answered; false when one failed (it and the ones after it stay unsent, to be
   * sent again with the same keys).
   */
  async send(progress: () => void): Promise<boolean> {
    while (this.pending.length > 0) {
      const batch = this.pending[0]!;
      try {
        const { results } = await this.client.bulk(this.action, batch.refs, {}, { idempotencyKey: batch.key });
        this.results.push(...results);
      } catch {
        return false;
      }
      this.pending.shift();
      progress();
    }
    return true;
  }
}
