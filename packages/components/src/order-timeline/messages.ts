import { defineMessages, plural } from '../i18n/messages.ts';

/**
 * Every string <suivi-order-timeline> shows or announces, including accessible names.
 * Status names themselves come from the shared `*_LABELS` of i18n/status-messages.ts, so a status reads the same
 * in every component. French puts a no-break space before ":" and a narrow one before ";", so
 * the sign never wraps onto a line of its own.
 */
export const timelineMessages = defineMessages({
  en: {
    paymentLabel: 'Payment',
    fulfillmentLabel: 'Shipping',
    orderStateLabel: 'Order',
    shipmentHeadingMany: (p: { index: number; total: number; carrier: string }) =>
      `Shipment ${p.index} of ${p.total} · ${p.carrier}`,
    shipmentHeadingOne: (p: { carrier: string }) => `Your shipment · ${p.carrier}`,
    shipmentStatusLabel: 'Delivery status:',
    progressLabel: 'Delivery progress',
    stepCompleted: 'completed',
    stepUpcoming: 'not reached yet',
    attemptedTitle: 'Delivery attempted',
    attemptedBody:
      'The carrier tried to deliver your parcel but could not. They will try again on the next working day or leave a notice saying where to collect it. Check the carrier’s page to choose another day or a pick-up point.',
    exceptionTitle: 'There is a problem with this delivery',
    exceptionBody:
      'The carrier reported a problem with this parcel. Check the carrier’s page for details; if it is not solved within a few days, contact the shop.',
    carrierSays: 'Latest update from the carrier:',
    estimatedDelivery: (p: { date: string }) => `Estimated delivery: ${p.date}`,
    deliveredOn: (p: { date: string }) => `Delivered on ${p.date}`,
    carrierLabel: 'Carrier',
    trackingNumberLabel: 'Tracking number',
    noTrackingNumber: 'Not available yet',
    trackLink: (p: { carrier: string }) => `Track your parcel on the ${p.carrier} website`,
    opensInNewTab: '(opens in a new tab)',
    mapUnavailable: 'The map could not be loaded.',
    retry: 'Try again',
    untracked:
      'Live tracking is not available for this carrier. Use the tracking number on the carrier’s website to follow your parcel.',
    history: (p: { count: number }) => `Tracking history (${p.count} ${plural('en', p.count, { one: 'update', other: 'updates' })})`,
    historyEmpty: 'No tracking updates yet.',
    itemsInShipment: 'In this parcel',
    itemQuantity: (p: { title: string; quantity: number }) => `${p.title} × ${p.quantity}`,
    unshippedTitle: 'Not shipped yet',
    unshippedIntro: 'These items will follow in another parcel; we’ll let you know when they ship.',
    unknownItem: 'Item',
    emptyConfirmed: 'Your order is confirmed; we’ll let you know when it ships.',
    emptyPaymentPending:
      'Your order is waiting for payment. Once your payment is confirmed we’ll prepare it, and let you know when it ships.',
    emptyPaymentFailed: 'We have not received payment for this order, so it will not be shipped. Contact the shop if this is unexpected.',
    emptyNothingToShip: 'Nothing in this order needs shipping: digital items and gift cards are delivered online.',
    scheduledOn: (p: { date: string }) => `Your order is scheduled to ship on ${p.date}. We’ll let you know when it’s on its way.`,
    scheduledLater: 'Your order is scheduled to ship later. We’ll let you know when it’s on its way.',
    onHold:
      'Your order is on hold while the shop checks a detail. You don’t need to do anything: the shop will contact you if they need you.',
    onHoldUntil: (p: { date: string }) =>
      `Your order is on hold until ${p.date} while the shop checks a detail. You don’t need to do anything: the shop will contact you if they need you.`,
    cancelled: 'This order was cancelled. Nothing will be shipped.',
    announceStatus: (p: { index: number; status: string }) => `Shipment ${p.index}: ${p.status}`,
    announceShipped: (p: { index: number; carrier: string }) => `Shipment ${p.index}: shipped with ${p.carrier}`,
    returnsTitle: 'Returns',
    returnHeading: (p: { index: number; date: string }) => `Return ${p.index} · requested on ${p.date}`,
    returnStatusLabel: 'Return status:',
    returnDeclinedBecause: (p: { reason: string }) => `The shop declined this return: ${p.reason}`,
    announceReturn: (p: { index: number; status: string }) => `Return ${p.index}: ${p.status}`,
  },
  fr: {
    paymentLabel: 'Paiement',
    fulfillmentLabel: 'Expédition',
    orderStateLabel: 'Commande',
    shipmentHeadingMany: (p: { index: number; total: number; carrier: string }) =>
      `Envoi ${p.index} sur ${p.total} · ${p.carrier}`,
    shipmentHeadingOne: (p: { carrier: string }) => `Votre colis · ${p.carrier}`,
    shipmentStatusLabel: 'Statut de livraison :',
    progressLabel: 'Progression de la livraison',
    stepCompleted: 'terminée',
    stepUpcoming: 'pas encore atteinte',
    attemptedTitle: 'Tentative de livraison',
    attemptedBody:
      'Le transporteur a tenté de livrer votre colis, sans succès. Il repassera le jour ouvré suivant ou laissera un avis de passage indiquant où le retirer. Consultez le site du transporteur pour choisir un autre jour ou un point relais.',
    exceptionTitle: 'Un problème est survenu avec cette livraison',
    exceptionBody:
      'Le transporteur a signalé un problème avec ce colis. Consultez son site pour en savoir plus ; si rien ne change d’ici quelques jours, contactez la boutique.',
    carrierSays: 'Dernière information du transporteur :',
    estimatedDelivery: (p: { date: string }) => `Livraison estimée : ${p.date}`,
    deliveredOn: (p: { date: string }) => `Livrée le ${p.date}`,
    carrierLabel: 'Transporteur',
    trackingNumberLabel: 'Numéro de suivi',
    noTrackingNumber: 'Pas encore disponible',
    trackLink: (p: { carrier: string }) => `Suivre votre colis sur le site de ${p.carrier}`,
    opensInNewTab: '(s’ouvre dans un nouvel onglet)',
    mapUnavailable: 'La carte n’a pas pu être chargée.',
    retry: 'Réessayer',
    untracked:
      'Le suivi en direct n’est pas disponible pour ce transporteur. Utilisez le numéro de suivi sur le site du transporteur pour suivre votre colis.',
    history: (p: { count: number }) =>
      `Historique de suivi (${p.count} ${plural('fr', p.count, { one: 'mise à jour', other: 'mises à jour' })})`,
    historyEmpty: 'Aucune information de suivi pour le moment.',
    itemsInShipment: 'Dans ce colis',
    itemQuantity: (p: { title: string; quantity: number }) => `${p.title} × ${p.quantity}`,
    unshippedTitle: 'Pas encore expédiés',
    unshippedIntro: 'Ces articles suivront dans un autre colis ; nous vous préviendrons de leur expédition.',
    unknownItem: 'Article',
    emptyConfirmed: 'Votre commande est confirmée ; nous vous préviendrons dès son expédition.',
    emptyPaymentPending:
      'Votre commande attend votre paiement. Dès qu’il sera confirmé, nous la préparerons et vous préviendrons de son expédition.',
    emptyPaymentFailed:
      'Nous n’avons pas reçu le paiement de cette commande : elle ne sera pas expédiée. Contactez la boutique si cela vous surprend.',
    emptyNothingToShip: 'Rien à expédier dans cette commande : les articles numériques et cartes cadeaux sont livrés en ligne.',
    scheduledOn: (p: { date: string }) =>
      `L’expédition de votre commande est prévue le ${p.date}. Nous vous préviendrons dès son départ.`,
    scheduledLater: 'L’expédition de votre commande est prévue plus tard. Nous vous préviendrons dès son départ.',
    onHold:
      'Votre commande est en attente : la boutique vérifie un détail. Vous n’avez rien à faire ; la boutique vous contactera si besoin.',
    onHoldUntil: (p: { date: string }) =>
      `Votre commande est en attente jusqu’au ${p.date} : la boutique vérifie un détail. Vous n’avez rien à faire ; la boutique vous contactera si besoin.`,
    cancelled: 'Cette commande a été annulée. Rien ne sera expédié.',
    announceStatus: (p: { index: number; status: string }) => `Envoi ${p.index} : ${p.status}`,
    announceShipped: (p: { index: number; carrier: string }) => `Envoi ${p.index} : expédié avec ${p.carrier}`,
    returnsTitle: 'Retours',
    returnHeading: (p: { index: number; date: string }) => `Retour ${p.index} · demandé le ${p.date}`,
    returnStatusLabel: 'État du retour :',
    returnDeclinedBecause: (p: { reason: string }) => `La boutique a refusé ce retour : ${p.reason}`,
    announceReturn: (p: { index: number; status: string }) => `Retour ${p.index} : ${p.status}`,
  },
});
