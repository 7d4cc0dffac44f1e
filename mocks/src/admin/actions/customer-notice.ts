import { formatMoney, type Locale, type Money, type Order, type Shipment } from '@suivi/model';
import type { Random } from '../../random/random.ts';
import type { Outbox } from '../../store/outbox.ts';

/** What a customer is told about. */
export type NoticeTopic =
  | { topic: 'shipped'; shipment: Shipment }
  | { topic: 'tracking_added'; shipment: Shipment }
  | { topic: 'cancelled' }
  | { topic: 'refunded'; amount: Money };

function tracking(shipment: Shipment, locale: Locale): string {
  if (!shipment.trackingNumber) return '';
  const link = shipment.trackingUrl ? ` ${shipment.trackingUrl}` : '';
  return locale === 'fr' ? ` Numéro de suivi : ${shipment.trackingNumber}.${link}` : ` Tracking number: ${shipment.trackingNumber}.${link}`;
}

/** The message, in the order's language (what the shop's e-mail templates would say). */
export function noticeText(order: Order, notice: NoticeTopic): string {
  const { orderNumber, locale } = order;
  const fr = locale === 'fr';
  switch (notice.topic) {
    case 'shipped':
      return fr
        ? `Votre commande ${orderNumber} a été expédiée avec ${notice.shipment.carrier.name}.${tracking(notice.shipment, locale)}`
        : `Your order ${orderNumber} has shipped with ${notice.shipment.carrier.name}.${tracking(notice.shipment, locale)}`;
    case 'tracking_added':
      return fr
        ? `Le suivi de votre commande ${orderNumber} est disponible (${notice.shipment.carrier.name}).${tracking(notice.shipment, locale)}`
        : `Tracking for your order ${orderNumber} is available (${notice.shipment.carrier.name}).${tracking(notice.shipment, locale)}`;
    case 'cancelled':
      return fr ? `Votre commande ${orderNumber} a été annulée.` : `Your order ${orderNumber} has been cancelled.`;
    case 'refunded': {
      const amount = formatMoney(notice.amount, locale);
      return fr ? `Un remboursement de ${amount} a été effectué sur votre commande ${orderNumber}.` : `A refund of ${amount} was issued for your order ${orderNumber}.`;
    }
  }
}

/**
 * Tells the customer: an e-mail always (these are about their order, not marketing), and an SMS
 * too when they opted in and gave a number. Recorded in the outbox, nothing is sent.
 */
export function notifyCustomer(outbox: Outbox, order: Order, notice: NoticeTopic, at: string, random: Random): void {
  const message = noticeText(order, notice);
  outbox.record({ id: `msg_${random.base32(12)}`, orderId: order.id, topic: notice.topic, channel: 'email', recipient: order.customer.email, message, at });
  if (order.notifications.sms && order.customer.phone) {
    outbox.record({ id: `msg_${random.base32(12)}`, orderId: order.id, topic: notice.topic, channel: 'sms', recipient: order.customer.phone, message, at });
  }
}
