import type { Locale, ReturnReasonCode } from '@suivi/model';

/** Turns the shopper's reason (a code and their own words) into the Return's `reason` text. */
export type ReturnReasonWords = (locale: Locale, reason: ReturnReasonCode, comment: string | null) => string;

const REASONS: Record<Locale, Record<ReturnReasonCode, string>> = {
  en: {
    too_small: 'Too small',
    too_large: 'Too large',
    damaged: 'Arrived damaged',
    wrong_item: 'Received the wrong item',
    not_as_described: 'Not as described',
    changed_mind: 'Changed my mind',
    other: 'Other',
  },
  fr: {
    too_small: 'Trop petit',
    too_large: 'Trop grand',
    damaged: 'Arrivé endommagé',
    wrong_item: 'Mauvais article reçu',
    not_as_described: 'Ne correspond pas à la description',
    changed_mind: 'J’ai changé d’avis',
    other: 'Autre',
  },
};

/**
 * The reason as the seed's returns carry it, one sentence in the order's language: "Too small",
 * or "Too small: one size up would fit" with the shopper's words (kept as they typed them, trimmed).
 */
export const returnReasonWords: ReturnReasonWords = (locale, reason, comment) => {
  const label = REASONS[locale][reason];
  const words = comment?.trim();
  if (!words) return label;
  return reason === 'other' ? words : `${label}${locale === 'fr' ? '\u00a0: ' : ': '}${words}`;
};
