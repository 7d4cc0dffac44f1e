import { loadOnce } from '../shared/load-once.ts';

/**
 * Defines the shopper's tools shown under an order (returns, e-mail and SMS updates, share
 * links) once an order is on screen. They are loaded on demand, so the lookup step does not pay
 * for them; the page renders their tags at once and they upgrade when their code arrives, keeping
 * the properties the page already gave them. Resolves when all three are defined; rejects when
 * their code could not be fetched (the page then says so, see <suivi-order-status>).
 */
export const defineShopperTools = loadOnce(() =>
  Promise.all([import('../return-request/define.ts'), import('../notification-preferences/define.ts'), import('../share-link/define.ts')]),
);
