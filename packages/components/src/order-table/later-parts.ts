/**
 * The parts of the table it loads after its first rows are drawn (later-parts-loader.ts), so the
 * rows draw sooner: the filters panel and the column picker, which open only when asked for,
 * the merchant's own saved views, resizing a column by dragging its header's edge, and the
 * search's column reader, which only a large table uses, in idle time.
 */
export { renderColumnPicker, renderFiltersPanel } from './table-panels.ts';
export { SearchedColumns } from './searched-columns.ts';
export { startResize } from './column-resize.ts';
export { ownViews } from './own-views.ts';
