import type { DeliveryStatus, FulfillmentStatus, PaymentStatus, ReturnStatus } from '@suivi/model';

/**
 * The visual weight of a status. Colour is never the only signal: each tone also has its own
 * glyph, and every badge carries the status in words.
 */
export type Tone = 'success' | 'warning' | 'danger' | 'neutral' | 'progress';

export function paymentTone(status: PaymentStatus): Tone {
  switch (status) {
    case 'paid':
      return 'success';
    case 'pending':
    case 'partially_paid':
      return 'warning';
    case 'voided':
    case 'expired':
      return 'danger';
    default:
      return 'neutral';
  }
}

export function fulfillmentTone(status: FulfillmentStatus): Tone {
  switch (status) {
    case 'fulfilled':
      return 'success';
    case 'partially_fulfilled':
      return 'progress';
    case 'on_hold':
      return 'warning';
    default:
      return 'neutral';
  }
}

export function deliveryTone(status: DeliveryStatus): Tone {
  switch (status) {
    case 'delivered':
      return 'success';
    case 'attempted_delivery':
      return 'warning';
    case 'exception':
      return 'danger';
    default:
      return 'progress';
  }
}

/** A glyph per tone, hidden from screen readers (the words already say it). */
export function returnTone(status: ReturnStatus): Tone {
  switch (status) {
    case 'returned':
      return 'success';
    case 'declined':
      return 'danger';
    default:
      return 'progress';
  }
}

export function toneGlyph(tone: Tone): string {
  return { success: '✓', warning: '!', danger: '✕', neutral: '•', progress: '→' }[tone];
}
