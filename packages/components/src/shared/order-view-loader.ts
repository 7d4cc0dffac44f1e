import { loadOnce } from './load-once.ts';

/**
 * Defines the order's own view, <suivi-order-timeline> and <suivi-order-summary>, for the pages
 * that show one once they have it: the status page (after the lookup) and the shared page (after
 * reading the link). Their code is not in those pages' entries: the pages start this load when
 * they connect, so it arrives while the shopper types or while the order itself is fetched, and
 * they render the tags at once; the tags upgrade with the properties already given. A failed load
 * is forgotten, so the page's "Try again" loads afresh.
 */
export const defineOrderView = loadOnce(() => Promise.all([import('../order-timeline/define.ts'), import('../order-summary/define.ts')]));
