import type { Locale, Order, Shipment } from '@suivi/model';

/**
 * What the shopper is told about, beyond what staff actions already announce (`shipped`,
 * `tracking_added`, `cancelled`, `refunded`, see admin/actions/customer-notice.ts).
 */
export type StatusNotice =
  | { topic: 'confirmation' }
  | { topic: 'out_for_delivery' | 'delivered' | 'attempted_delivery' | 'delivery_problem'; shipment: Shipment }
  | { topic: 'return_requested' | 'return_in_progress' | 'return_received'; returnId: string };

export type StatusNoticeTopic = StatusNotice['topic'];

/** "your parcel" for a one-parcel order, "one of your parcels" when there are several, so the message is true either way. */
function parcel(order: Order, locale: Locale): string {
  const several = order.shipments.length > 1;
  if (locale === 'fr') return several ? 'Un des colis de votre commande' : 'Le colis de votre commande';
  return several ? 'One of the parcels of your order' : 'The parcel of your order';
}

/** The message, in the order's language, as the shop's e-mail and SMS templates would word it. */
export function statusNoticeText(order: Order, notice: StatusNotice): string {
  const { orderNumber, locale } = order;
  const fr = locale === 'fr';
  switch (notice.topic) {
    case 'confirmation':
      return fr
        ? `Merci ! Votre commande ${orderNumber} est confirmée. Nous vous préviendrons de son expédition.`
        : `Thank you! Your order ${orderNumber} is confirmed. We’ll let you know when it ships.`;
    case 'out_for_delivery':
      return fr
        ? `${parcel(order, locale)} ${orderNumber} est en cours de livraison aujourd’hui avec ${notice.shipment.carrier.name}.`
        : `${parcel(order, locale)} ${orderNumber} is out for delivery today with ${notice.shipment.carrier.name}.`;
    case 'delivered':
      return fr
        ? `${parcel(order, locale)} ${orderNumber} a été livré par ${notice.shipment.carrier.name}.`
        : `${parcel(order, locale)} ${orderNumber} was delivered by ${notice.shipment.carrier.name}.`;
    case 'attempted_delivery':
      return fr
        ? `${notice.shipment.carrier.name} n’a pas pu livrer le colis de votre commande ${orderNumber}. Un avis de passage indique comment le recevoir.`
        : `${notice.shipment.carrier.name} could not deliver the parcel of your order ${orderNumber}. A card says how to get it.`;
    case 'delivery_problem':
      return fr
        ? `${notice.shipment.carrier.name} signale un problème avec le colis de votre commande ${orderNumber}. Consultez le suivi pour en savoir plus.`
        : `${notice.shipment.carrier.name} reports a problem with the parcel of your order ${orderNumber}. Check the tracking page for details.`;
    case 'return_requested':
      return fr
        ? `Nous avons bien reçu votre demande de retour pour la commande ${orderNumber}. Nous vous tiendrons informé.`
        : `We received your return request for order ${orderNumber}. We’ll keep you posted.`;
    case 'return_in_progress':
      return fr
        ? `Votre retour pour la commande ${orderNumber} est accepté et en route vers nous.`
        : `Your return for order ${orderNumber} is accepted and on its way back to us.`;
    case 'return_received':
      return fr
        ? `Nous avons reçu les articles retournés de votre commande ${orderNumber}.`
        : `We received the items you returned from order ${orderNumber}.`;
  }
}
