import { loadOnce } from '../shared/load-once.ts';

/**
 * Defines <suivi-tracking-map> the first time a timeline shows a tracked shipment. A timeline
 * of untracked parcels, digital goods or an order not shipped yet never loads the map card, and
 * one that does renders the card's tag at once: it upgrades when its code arrives, keeping the
 * shipment the timeline gave it. A failed load is forgotten, so the next render tries again.
 */
export const defineTrackingMap = loadOnce(() => import('../tracking-map/define.ts'));
