import { validateTrackingNumber } from '@suivi/model';
import type { Translate } from '../i18n/messages.ts';
import type { DetailMessages } from './messages.ts';

/**
 * What is wrong with a tracking number as staff typed it (the caller sends it trimmed), or null.
 * Shared by every field that takes one: the ship dialog's (optional), and the "Add tracking"
 * form's and the dialog's "Add the tracking number to …" (required). Spaces only are said for
 * what they are, not taken for an empty field: trimmed, they would ship with no number, and
 * "Fill this in." would not tell staff what is wrong with a field that looks filled in.
 */
export function trackingNumberError(typed: string, required: boolean, t: Translate<DetailMessages>): string | null {
  const trackingNumber = typed.trim();
  if (trackingNumber) return validateTrackingNumber(trackingNumber).success ? null : t('trackingInvalid');
  if (typed) return required ? t('trackingSpaces') : t('trackingBlank');
  return required ? t('fieldRequired') : null;
}
