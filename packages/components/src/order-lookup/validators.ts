import { EMAIL_PATTERN, normalizeOrderNumber } from '@suivi/model';
import type { LookupMessageKey } from './messages.ts';

/**
 * One rule for one field. It answers with a message key rather than text so that the same
 * rule speaks every locale, and so that tests and the server's field errors share the keys.
 */
export interface FieldValidator {
  validate(value: string): LookupMessageKey | null;
}

/** The field must not be blank. */
export function required(message: LookupMessageKey): FieldValidator {
  return { validate: (value) => (value.trim() === '' ? message : null) };
}

/** "#1001", "1001", " # 1 001 " are all order numbers; what the model cannot normalise is not. */
export const orderNumberShape: FieldValidator = {
  validate: (value) => (value.trim() === '' || normalizeOrderNumber(value) !== null ? null : 'orderNumberShape'),
};

/** The same deliberately loose shape the API checks, so the form never refuses what the server accepts. */
export const emailShape: FieldValidator = {
  validate: (value) => (value.trim() === '' || EMAIL_PATTERN.test(value.trim()) ? null : 'emailShape'),
};

/** The first failing rule's message, or null when the value passes them all. */
export function firstError(validators: readonly FieldValidator[], value: string): LookupMessageKey | null {
  for (const validator of validators) {
    const message = validator.validate(value);
    if (message) return message;
  }
  return null;
}

/** The fields of the lookup form, by the name the API uses for them in `fields[].path`. */
export const LOOKUP_FIELDS = {
  orderNumber: [required('orderNumberRequired'), orderNumberShape],
  email: [required('emailRequired'), emailShape],
} as const satisfies Record<string, readonly FieldValidator[]>;

export type LookupField = keyof typeof LOOKUP_FIELDS;
