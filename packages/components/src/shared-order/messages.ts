import { defineMessages } from '../i18n/messages.ts';

/** Every string <suivi-shared-order> shows or announces. */
export const sharedOrderMessages = defineMessages({
  en: {
    loading: 'Opening the shared order…',
    heading: ({ orderNumber }: { orderNumber: string }) => `Order ${orderNumber}`,
    sharedIntro: 'Someone shared this order’s progress with you. Addresses, payment and contact details stay private.',
    placedOn: ({ date }: { date: string }) => `Placed on ${date}`,
    liveConnecting: 'Connecting to live updates…',
    liveOpen: 'Live updates on',
    liveReconnecting: 'Reconnecting…',
    liveClosed: 'Live updates off. Reload the page to see the latest.',
    expiredHeading: 'This link has expired',
    expiredBody: 'This link has expired. Ask the person who shared it for a new one.',
    notFoundHeading: 'This link does not work',
    notFoundBody: 'It may have been turned off by the person who shared it, or copied incompletely. Ask them for a new one.',
    unavailableHeading: 'The order cannot be shown right now',
    unavailableBody: 'We could not reach the shop. Check your connection and try again.',
    retry: 'Try again',
  },
  fr: {
    loading: 'Ouverture de la commande partagée…',
    heading: ({ orderNumber }: { orderNumber: string }) => `Commande ${orderNumber}`,
    sharedIntro: 'Quelqu’un a partagé avec vous l’avancement de cette commande. Les adresses, le paiement et les coordonnées restent privés.',
    placedOn: ({ date }: { date: string }) => `Passée le ${date}`,
    liveConnecting: 'Connexion au suivi en direct…',
    liveOpen: 'Suivi en direct activé',
    liveReconnecting: 'Reconnexion…',
    liveClosed: 'Suivi en direct interrompu. Rechargez la page pour voir les dernières nouvelles.',
    expiredHeading: 'Ce lien a expiré',
    expiredBody: 'Ce lien a expiré. Demandez-en un nouveau à la personne qui l’a partagé.',
    notFoundHeading: 'Ce lien ne fonctionne pas',
    notFoundBody: 'La personne qui l’a partagé l’a peut-être désactivé, ou il a été mal copié. Demandez-lui un nouveau lien.',
    unavailableHeading: 'La commande ne peut pas être affichée pour le moment',
    unavailableBody: 'Impossible de joindre la boutique. Vérifiez votre connexion et réessayez.',
    retry: 'Réessayer',
  },
});
