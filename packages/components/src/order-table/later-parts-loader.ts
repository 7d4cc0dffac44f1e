import { loadOnce } from '../shared/load-once.ts';

let parts: typeof import('./later-parts.ts') | null = null;

/**
 * Loads the table's later parts (later-parts.ts) apart from its entry. The table starts this
 * once its first rows are drawn, so a panel opens at once when the merchant asks for it. A
 * failed load is forgotten, so a panel's "Try again" (or the next idle turn) loads afresh;
 * searches meanwhile read every column, and find the same orders.
 */
export const loadLaterParts = loadOnce(async () => {
  parts = await import('./later-parts.ts');
});

/** The later parts, once loaded. */
export function laterParts(): typeof import('./later-parts.ts') | null {
  return parts;
}
