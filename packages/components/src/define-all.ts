/** Registers every Suivi element, for pages that use the whole kit (`import '@suivi/components/all'`). */
import './admin-page/define.ts';
import './notification-preferences/define.ts';
import './order-lookup/define.ts';
import './order-status/define.ts';
import './order-detail/define.ts';
import './order-summary/define.ts';
import './order-table/define.ts';
import './order-timeline/define.ts';
import './return-request/define.ts';
import './share-link/define.ts';
import './shared-order/define.ts';
import './tracking-map/define.ts';
