import { CSV_BYTE_ORDER_MARK, csvHeaderRecord, csvOrderRecord } from '@suivi/model';
import type { IndexRow } from './order-index/index-row.ts';

/**
 * The CSV body, produced as it is read: the header row first, then one order per pull, so 100 000
 * rows never sit in memory as one string and a client that stops reading stops the work. The
 * rows are the ones matching when the export started (a snapshot: later changes do not shift it).
 */
export function csvExportStream(rows: readonly IndexRow[], signal?: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(CSV_BYTE_ORDER_MARK + csvHeaderRecord()));
      },
      pull(controller) {
        if (signal?.aborted || next >= rows.length) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(csvOrderRecord(rows[next++]!.summary)));
      },
    },
    { highWaterMark: 16 },
  );
}

/** `orders-2026-11-21.csv`, the day of the export. */
export function csvFileName(now: number): string {
  return `orders-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
