import { defineMessages } from '../i18n/messages.ts';

/** Every string `<suivi-order-status>` shows or announces, in each supported locale. */
export const statusMessages = defineMessages({
  en: {
    lookupHeading: 'Track your order',
    lookupIntro: 'Enter your order number and the e-mail address you used at checkout.',
    orderHeading: ({ orderNumber }: { orderNumber: string }) => `Order ${orderNumber}`,
    placedOn: ({ date }: { date: string }) => `Placed on ${date}`,
    statusLine: 'Status',
    lookUpAnother: 'Look up another order',
    sessionExpired: 'Your session expired, please look up your order again.',
    liveConnecting: 'Connecting to live updates…',
    liveOpen: 'Live updates on',
    liveReconnecting: 'Reconnecting…',
    liveClosed: 'Live updates off. Look up your order again to see the latest.',
    partsUnavailable: 'Part of this page could not be loaded. Check your connection and try again.',
    retry: 'Try again',
  },
  fr: {
    lookupHeading: 'Suivre votre commande',
    lookupIntro: "Saisissez votre numéro de commande et l'adresse e-mail utilisée lors de l'achat.",
    orderHeading: ({ orderNumber }: { orderNumber: string }) => `Commande ${orderNumber}`,
    placedOn: ({ date }: { date: string }) => `Passée le ${date}`,
    statusLine: 'Statut',
    lookUpAnother: 'Rechercher une autre commande',
    sessionExpired: 'Votre session a expiré, veuillez rechercher à nouveau votre commande.',
    liveConnecting: 'Connexion au suivi en direct…',
    liveOpen: 'Suivi en direct activé',
    liveReconnecting: 'Reconnexion…',
    liveClosed: 'Suivi en direct interrompu. Recherchez à nouveau votre commande pour voir les dernières nouvelles.',
    partsUnavailable: 'Une partie de cette page n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
    retry: 'Réessayer',
  },
});
