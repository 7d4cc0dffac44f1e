import type { DeliveryStatus, FulfillmentStatus, OrderState, PaymentMethod, PaymentStatus, ReturnStatus } from '@suivi/model';
import type { Locale } from './locale.ts';

// Status names as a shopper or merchant reads them, shared by every component that shows a
// status, indexed by locale then status (`DELIVERY_LABELS[locale][status]`). One constant per
// kind of status, so an element carries only the kinds it shows (the map card only delivery
// statuses, the return form only return statuses).

export const PAYMENT_LABELS: Record<Locale, Record<PaymentStatus, string>> = {
  en: {
    pending: 'Payment pending',
    authorized: 'Payment authorised',
    paid: 'Paid',
    partially_paid: 'Partially paid',
    partially_refunded: 'Partially refunded',
    refunded: 'Refunded',
    voided: 'Payment voided',
    expired: 'Payment expired',
  },
  fr: {
    pending: 'Paiement en attente',
    authorized: 'Paiement autorisé',
    paid: 'Payée',
    partially_paid: 'Partiellement payée',
    partially_refunded: 'Partiellement remboursée',
    refunded: 'Remboursée',
    voided: 'Paiement annulé',
    expired: 'Paiement expiré',
  },
};

export const PAYMENT_METHOD_LABELS: Record<Locale, Record<PaymentMethod, string>> = {
  en: {
    card: 'Card',
    paypal: 'PayPal',
    apple_pay: 'Apple Pay',
    bank_transfer: 'Bank transfer',
    cash_on_delivery: 'Cash on delivery',
    gift_card: 'Gift card',
  },
  fr: {
    card: 'Carte',
    paypal: 'PayPal',
    apple_pay: 'Apple Pay',
    bank_transfer: 'Virement bancaire',
    cash_on_delivery: 'Paiement à la livraison',
    gift_card: 'Carte cadeau',
  },
};

export const FULFILLMENT_LABELS: Record<Locale, Record<FulfillmentStatus, string>> = {
  en: {
    unfulfilled: 'Not shipped yet',
    partially_fulfilled: 'Partially shipped',
    fulfilled: 'Shipped',
    scheduled: 'Scheduled',
    on_hold: 'On hold',
  },
  fr: {
    unfulfilled: 'Pas encore expédiée',
    partially_fulfilled: 'Partiellement expédiée',
    fulfilled: 'Expédiée',
    scheduled: 'Programmée',
    on_hold: 'En attente',
  },
};

export const DELIVERY_LABELS: Record<Locale, Record<DeliveryStatus, string>> = {
  en: {
    confirmed: 'Confirmed',
    in_transit: 'In transit',
    out_for_delivery: 'Out for delivery',
    attempted_delivery: 'Attempted delivery',
    delivered: 'Delivered',
    exception: 'Delivery problem',
  },
  fr: {
    confirmed: 'Confirmée',
    in_transit: 'En transit',
    out_for_delivery: 'En cours de livraison',
    attempted_delivery: 'Tentative de livraison',
    delivered: 'Livrée',
    exception: 'Incident de livraison',
  },
};

export const RETURN_LABELS: Record<Locale, Record<ReturnStatus, string>> = {
  en: {
    requested: 'Return requested',
    in_progress: 'Return in progress',
    returned: 'Returned',
    declined: 'Return declined',
  },
  fr: {
    requested: 'Retour demandé',
    in_progress: 'Retour en cours',
    returned: 'Retournée',
    declined: 'Retour refusé',
  },
};

export const ORDER_STATE_LABELS: Record<Locale, Record<OrderState, string>> = {
  en: { open: 'Open', archived: 'Archived', cancelled: 'Cancelled' },
  fr: { open: 'Ouverte', archived: 'Archivée', cancelled: 'Annulée' },
};
