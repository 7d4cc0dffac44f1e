import type { DeliveryStatus, FulfillmentStatus, OrderState, PaymentMethod, PaymentStatus, ReturnStatus } from '@suivi/model';
import type { Locale } from './locale.ts';

/** Status names as a shopper or merchant reads them; shared by every component that shows a status. */
interface StatusLabels {
  payment: Record<PaymentStatus, string>;
  paymentMethod: Record<PaymentMethod, string>;
  fulfillment: Record<FulfillmentStatus, string>;
  delivery: Record<DeliveryStatus, string>;
  return: Record<ReturnStatus, string>;
  orderState: Record<OrderState, string>;
}

export const STATUS_LABELS: Record<Locale, StatusLabels> = {
  en: {
    payment: {
      pending: 'Payment pending',
      authorized: 'Payment authorised',
      paid: 'Paid',
      partially_paid: 'Partially paid',
      partially_refunded: 'Partially refunded',
      refunded: 'Refunded',
      voided: 'Payment voided',
      expired: 'Payment expired',
    },
    paymentMethod: {
      card: 'Card',
      paypal: 'PayPal',
      apple_pay: 'Apple Pay',
      bank_transfer: 'Bank transfer',
      cash_on_delivery: 'Cash on delivery',
      gift_card: 'Gift card',
    },
    fulfillment: {
      unfulfilled: 'Not shipped yet',
      partially_fulfilled: 'Partially shipped',
      fulfilled: 'Shipped',
      scheduled: 'Scheduled',
      on_hold: 'On hold',
    },
    delivery: {
      confirmed: 'Confirmed',
      in_transit: 'In transit',
      out_for_delivery: 'Out for delivery',
      attempted_delivery: 'Attempted delivery',
      delivered: 'Delivered',
      exception: 'Delivery problem',
    },
    return: {
      requested: 'Return requested',
      in_progress: 'Return in progress',
      returned: 'Returned',
      declined: 'Return declined',
    },
    orderState: { open: 'Open', archived: 'Archived', cancelled: 'Cancelled' },
  },
  fr: {
    payment: {
      pending: 'Paiement en attente',
      authorized: 'Paiement autorisé',
      paid: 'Payée',
      partially_paid: 'Partiellement payée',
      partially_refunded: 'Partiellement remboursée',
      refunded: 'Remboursée',
      voided: 'Paiement annulé',
      expired: 'Paiement expiré',
    },
    paymentMethod: {
      card: 'Carte',
      paypal: 'PayPal',
      apple_pay: 'Apple Pay',
      bank_transfer: 'Virement bancaire',
      cash_on_delivery: 'Paiement à la livraison',
      gift_card: 'Carte cadeau',
    },
    fulfillment: {
      unfulfilled: 'Pas encore expédiée',
      partially_fulfilled: 'Partiellement expédiée',
      fulfilled: 'Expédiée',
      scheduled: 'Programmée',
      on_hold: 'En attente',
    },
    delivery: {
      confirmed: 'Confirmée',
      in_transit: 'En transit',
      out_for_delivery: 'En cours de livraison',
      attempted_delivery: 'Tentative de livraison',
      delivered: 'Livrée',
      exception: 'Incident de livraison',
    },
    return: {
      requested: 'Retour demandé',
      in_progress: 'Retour en cours',
      returned: 'Retournée',
      declined: 'Retour refusé',
    },
    orderState: { open: 'Ouverte', archived: 'Archivée', cancelled: 'Annulée' },
  },
};

/** The labels for one locale. */
export function statusLabels(locale: Locale): StatusLabels {
  return STATUS_LABELS[locale];
}
