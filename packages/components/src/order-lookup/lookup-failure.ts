import { isSuiviError } from '@suivi/sdk';
import type { LookupMessageKey } from './messages.ts';
import type { LookupField } from './validators.ts';

/**
 * Why a lookup did not find an order, reduced to what the shopper can do about it. Each kind
 * has exactly one message; a network fault is never reported as "not found".
 */
export type LookupFailure =
  /** The number and e-mail do not match an order (the API does not say which one is wrong). */
  | { kind: 'not_found' }
  /** Too many attempts: the form stays inactive until `retryAt`. */
  | { kind: 'rate_limited'; retryAt: Date }
  /** The service could not answer (down, timed out, answered nonsense): trying again may work. */
  | { kind: 'unavailable' }
  /** The server refused a field the form let through; `fields` says which, in the form's own words. */
  | { kind: 'invalid_input'; fields: Partial<Record<LookupField, LookupMessageKey>> };

/** The form's message for each field the API may name in `fields[].path`. */
const SERVER_FIELD_MESSAGES: Record<LookupField, LookupMessageKey> = {
  orderNumber: 'orderNumberShape',
  email: 'emailShape',
};

function isLookupField(path: string): path is LookupField {
  return Object.hasOwn(SERVER_FIELD_MESSAGES, path);
}

/**
 * Classifies whatever `lookupOrder` rejected with. Returns null when nobody is waiting for the
 * answer any more (the request was aborted), so there is nothing to show.
 */
export function lookupFailureOf(error: unknown): LookupFailure | null {
  if (isSuiviError(error, 'aborted')) return null;
  if (isSuiviError(error, 'not_found')) return { kind: 'not_found' };
  if (isSuiviError(error, 'rate_limited')) return { kind: 'rate_limited', retryAt: error.retryAt };
  if (isSuiviError(error, 'invalid_input')) {
    const fields: Partial<Record<LookupField, LookupMessageKey>> = {};
    for (const field of error.fields) {
      // Paths are dotted ("orderNumber", or "body.orderNumber" for a nested reader): the last segment names the field.
      const name = field.path.split('.').pop() ?? '';
      if (isLookupField(name)) fields[name] = SERVER_FIELD_MESSAGES[name];
    }
    return { kind: 'invalid_input', fields };
  }
  // unavailable, timeout, unexpected_response, and anything no SDK code describes: the shopper
  // did nothing wrong, so they are told to try again, with what they typed kept.
  return { kind: 'unavailable' };
}
