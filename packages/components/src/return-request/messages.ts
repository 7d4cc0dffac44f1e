import type { ReturnReasonCode, ReturnStatus } from '@suivi/model';
import { defineMessages } from '../i18n/messages.ts';

/**
 * Every string <suivi-return-request> shows or announces. Each refusal says what happened and
 * what to change; French puts a no-break space before ":" and a narrow one before ";".
 */
export const returnMessages = defineMessages({
  en: {
    heading: 'Returns',
    yourReturns: 'Your returns',
    requestedOn: (p: { date: string }) => `Requested on ${p.date}`,
    itemQuantity: (p: { title: string; quantity: number }) => `${p.title} × ${p.quantity}`,
    reasonLabel: 'Reason:',
    declinedBecause: 'The shop declined it:',
    next_requested: 'The shop will confirm your return and tell you how to send the items back.',
    next_in_progress: 'Accepted: send the items back as the shop explained. We will tell you when they arrive.',
    next_returned: 'The shop has received the items.',
    next_declined: 'This return was declined.',
    formHeading: 'Request a return',
    formIntro: 'Delivered items can be sent back. Choose which ones and how many, and tell us why.',
    itemsLegend: 'Items to return',
    quantityFor: ', quantity to return',
    upTo: (p: { count: number }) => `Up to ${p.count}`,
    notReturnableHeading: 'Not returnable here',
    blocked_not_delivered: 'not delivered yet; you can return it once it arrives.',
    blocked_all_in_returns: 'already in a return.',
    blocked_not_returnable: 'digital items and gift cards cannot be returned.',
    blocked_return_window_closed: 'the return window has closed.',
    reason: 'Reason',
    chooseReason: 'Choose a reason',
    comment: 'Tell us more (optional)',
    commentRequired: 'Tell us more',
    submit: 'Request return',
    submitting: 'Sending your request…',
    errorNoItems: 'Choose at least one item and how many to return.',
    errorQuantity: (p: { count: number }) => (p.count === 0 ? 'None of this item can be returned: set it to 0.' : `Enter a whole number from 0 to ${p.count}.`),
    errorReason: 'Choose a reason.',
    errorComment: 'Say in a few words why you are returning these items.',
    created: (p: { items: string }) => `Return requested for ${p.items}. We will keep you posted as it moves on.`,
    refused_not_delivered: (p: { title: string }) => `${p.title} has not been delivered yet, so it cannot be returned. Set it to 0, or come back once it arrives.`,
    refused_quantity: (p: { title: string; count: number }) =>
      p.count === 0
        ? `${p.title} is already being returned in full. Set it to 0.`
        : `You can return at most ${p.count} × ${p.title}: the rest is already in a return or not delivered. Lower the quantity.`,
    refused_window: (p: { title: string; date: string }) => `The return window for ${p.title} closed on ${p.date}. Set it to 0; if something is wrong with it, contact the shop.`,
    refused_window_undated: (p: { title: string }) => `The return window for ${p.title} has closed. Set it to 0; if something is wrong with it, contact the shop.`,
    refused_not_returnable: (p: { title: string }) => `${p.title} cannot be returned: digital items and gift cards are final. Set it to 0.`,
    refused_unknown: 'One of these items is no longer on the order. Reload the page and try again.',
    field_not_delivered: 'Not delivered yet: set it to 0.',
    field_quantity: (p: { count: number }) => (p.count === 0 ? 'Already being returned: set it to 0.' : `At most ${p.count}.`),
    field_window: (p: { date: string }) => `Return window closed on ${p.date}: set it to 0.`,
    field_not_returnable: 'Cannot be returned: set it to 0.',
    failed: 'Your return request could not be sent. Nothing was lost: check your connection and try again.',
    unconfirmed: 'We did not hear back from the shop, so your return may already be filed. Try again: it will not be filed twice.',
    sessionOver: 'Your session has expired: look up your order again to request a return.',
    unknownItem: 'Item',
  },
  fr: {
    heading: 'Retours',
    yourReturns: 'Vos retours',
    requestedOn: (p: { date: string }) => `Demandé le ${p.date}`,
    itemQuantity: (p: { title: string; quantity: number }) => `${p.title} × ${p.quantity}`,
    reasonLabel: 'Motif :',
    declinedBecause: 'La boutique l’a refusé :',
    next_requested: 'La boutique va confirmer votre retour et vous dire comment renvoyer les articles.',
    next_in_progress: 'Accepté : renvoyez les articles comme la boutique l’a indiqué. Nous vous préviendrons de leur arrivée.',
    next_returned: 'La boutique a reçu les articles.',
    next_declined: 'Ce retour a été refusé.',
    formHeading: 'Demander un retour',
    formIntro: 'Les articles livrés peuvent être renvoyés. Choisissez lesquels et combien, et dites-nous pourquoi.',
    itemsLegend: 'Articles à retourner',
    quantityFor: ', quantité à retourner',
    upTo: (p: { count: number }) => `Jusqu’à ${p.count}`,
    notReturnableHeading: 'Non retournables ici',
    blocked_not_delivered: 'pas encore livré ; vous pourrez le retourner dès son arrivée.',
    blocked_all_in_returns: 'déjà dans un retour.',
    blocked_not_returnable: 'les articles numériques et cartes cadeaux ne se retournent pas.',
    blocked_return_window_closed: 'le délai de retour est dépassé.',
    reason: 'Motif',
    chooseReason: 'Choisissez un motif',
    comment: 'Précisez (facultatif)',
    commentRequired: 'Précisez',
    submit: 'Demander le retour',
    submitting: 'Envoi de votre demande…',
    errorNoItems: 'Choisissez au moins un article et la quantité à retourner.',
    errorQuantity: (p: { count: number }) => (p.count === 0 ? 'Cet article ne peut pas être retourné : indiquez 0.' : `Indiquez un nombre entier de 0 à ${p.count}.`),
    errorReason: 'Choisissez un motif.',
    errorComment: 'Dites en quelques mots pourquoi vous retournez ces articles.',
    created: (p: { items: string }) => `Retour demandé pour ${p.items}. Nous vous tiendrons informé de son avancement.`,
    refused_not_delivered: (p: { title: string }) => `${p.title} n’a pas encore été livré : il ne peut pas être retourné. Indiquez 0, ou revenez dès son arrivée.`,
    refused_quantity: (p: { title: string; count: number }) =>
      p.count === 0
        ? `${p.title} est déjà entièrement en cours de retour. Indiquez 0.`
        : `Vous pouvez retourner au plus ${p.count} × ${p.title} : le reste est déjà dans un retour ou pas encore livré. Baissez la quantité.`,
    refused_window: (p: { title: string; date: string }) => `Le délai de retour de ${p.title} a pris fin le ${p.date}. Indiquez 0 ; en cas de problème avec cet article, contactez la boutique.`,
    refused_window_undated: (p: { title: string }) => `Le délai de retour de ${p.title} est dépassé. Indiquez 0 ; en cas de problème avec cet article, contactez la boutique.`,
    refused_not_returnable: (p: { title: string }) => `${p.title} ne peut pas être retourné : les articles numériques et cartes cadeaux sont définitifs. Indiquez 0.`,
    refused_unknown: 'Un de ces articles n’est plus sur la commande. Rechargez la page et réessayez.',
    field_not_delivered: 'Pas encore livré : indiquez 0.',
    field_quantity: (p: { count: number }) => (p.count === 0 ? 'Déjà en cours de retour : indiquez 0.' : `Au plus ${p.count}.`),
    field_window: (p: { date: string }) => `Délai de retour terminé le ${p.date} : indiquez 0.`,
    field_not_returnable: 'Ne peut pas être retourné : indiquez 0.',
    failed: 'Votre demande de retour n’a pas pu être envoyée. Rien n’est perdu : vérifiez votre connexion et réessayez.',
    unconfirmed: 'La boutique n’a pas répondu : votre retour est peut-être déjà enregistré. Réessayez, il ne sera pas enregistré deux fois.',
    sessionOver: 'Votre session a expiré : recherchez à nouveau votre commande pour demander un retour.',
    unknownItem: 'Article',
  },
});

/** The reasons a shopper picks from, in their words. */
export const RETURN_REASON_LABELS: Record<'en' | 'fr', Record<ReturnReasonCode, string>> = {
  en: {
    too_small: 'Too small',
    too_large: 'Too large',
    damaged: 'Arrived damaged',
    wrong_item: 'Not the item I ordered',
    not_as_described: 'Not as described',
    changed_mind: 'Changed my mind',
    other: 'Something else',
  },
  fr: {
    too_small: 'Trop petit',
    too_large: 'Trop grand',
    damaged: 'Arrivé endommagé',
    wrong_item: 'Pas l’article commandé',
    not_as_described: 'Ne correspond pas à la description',
    changed_mind: 'J’ai changé d’avis',
    other: 'Autre raison',
  },
};

/** The return steps in order; `declined` ends a return instead of `returned`. */
export const RETURN_STEPS: readonly ReturnStatus[] = ['requested', 'in_progress', 'returned'];
