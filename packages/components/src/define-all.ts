/** Registers every Suivi element, for pages that use the whole kit (`import '@suivi/components/all'`). */
import './order-lookup/define.ts';
import './order-status/define.ts';
import './order-summary/define.ts';
import './order-table/define.ts';
import './order-timeline/define.ts';
import './tracking-map/define.ts';
