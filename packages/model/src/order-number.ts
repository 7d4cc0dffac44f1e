/**
 * How shoppers' typing is read, without schemas: the lookup form imports this without zod.
 */

/**
 * Normalises what a shopper types as an order number: "#1001", "1001", " # 1 001 " → "#1001".
 * Returns null when it cannot be an order number.
 */
export function normalizeOrderNumber(input: string): string | null {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '').replace(/^(?:n°|no\.?|#)/i, '');
  return /^\d{1,12}$/.test(compact) ? `#${compact.replace(/^0+(?=\d)/, '')}` : null;
}

/** E-mails are compared trimmed and case-insensitively. */
export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}

/** A deliberately loose e-mail shape: something@something.tld, no spaces. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
