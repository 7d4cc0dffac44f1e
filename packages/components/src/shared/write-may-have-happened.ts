import { isSuiviError } from '@suivi/sdk';

/**
 * Whether a write that failed may still have been done by the server: no answer came back (the
 * connection broke, or the client's own deadline ran out) or the answer came but could not be read
 * (cut short, or not the contract's shape). Telling the person "nothing was changed" would then be
 * a guess; an element says the outcome is unknown, or checks, instead.
 */
export function writeMayHaveHappened(error: unknown): boolean {
  return isSuiviError(error, 'timeout') || isSuiviError(error, 'unexpected_response') || (isSuiviError(error, 'unavailable') && error.status === null);
}
