import { withColumnWidth } from './column-layout.ts';
import type { ColumnId } from './columns.ts';
import type { PanelHost } from './table-panels.ts';

/**
 * Resizes a column by dragging its header's edge with a pointer: from the width the column shows
 * (a growing column may be wider than its own), in the reading direction, saved as it goes.
 * One of the table's later parts (a drag before they arrive starts nothing); Shift+arrows on the
 * header resize from the keyboard at any time.
 */
export function startResize(host: PanelHost, event: PointerEvent, column: ColumnId): void {
  if (event.button !== 0) return;
  event.preventDefault();
  const handle = event.currentTarget as HTMLElement;
  handle.setPointerCapture(event.pointerId);
  const startX = event.clientX;
  const startWidth = (handle.parentElement as HTMLElement).offsetWidth;
  const direction = getComputedStyle(handle).direction === 'rtl' ? -1 : 1;
  const move = (moveEvent: PointerEvent) => host.setLayout(withColumnWidth(host.layout, column, startWidth + direction * (moveEvent.clientX - startX)));
  const end = () => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', end);
    handle.removeEventListener('pointercancel', end);
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
}
