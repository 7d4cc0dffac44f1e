/**
 * The demo admin page's own words (the back-office elements bring theirs). English and French.
 */
import type { DemoLocale } from './demo-messages.ts';

interface AdminDemoMessages {
  documentTitle: string;
  skipLink: string;
  toolsLabel: string;
  adminHeading: string;
  secondViewHeading: string;
  tryHeading: string;
  tryThis: string[];
  twoViewsNote: string;
  shopHeading: string;
  shopIntro: string;
  clockButton: string;
  shipmentsMoved: (count: number) => string;
  newOrderButton: string;
  newOrderArrived: (orderNumber: string) => string;
  newOrderFailed: string;
  secondViewOpen: string;
  secondViewClose: string;
  secondViewOpened: string;
  secondViewClosed: string;
}

export const adminDemoMessages: Record<DemoLocale, AdminDemoMessages> = {
  en: {
    documentTitle: 'Suivi demo: shop admin',
    skipLink: 'Skip to the orders',
    toolsLabel: 'Demo tools',
    adminHeading: 'Orders',
    secondViewHeading: 'Orders, second view',
    tryHeading: 'Try this',
    tryThis: [
      'In the overview strip above the table, choose “Attempted delivery”: only those orders stay, and the filter shows as a chip you can remove.',
      'Open a paid order that is not shipped yet (the “Paid, not shipped” view lists them), choose “Mark as shipped”, pick a carrier and type a tracking number. The dialog says who will be e-mailed; after confirming you have 5 seconds to undo before anything is sent.',
      'Do it again and press “Undo” while the seconds count down: nothing is sent, and the outbox stays as it was.',
      'Press “Advance carrier clock” in The shop and watch delivery statuses change live in the table (and in an open order).',
      'Open a second admin view: both show the same shop. Change an order in one and see its row change live in the other.',
      'Open this page in a second tab, open the same order in both, add a tag in one, then act on the order in the other: it says someone else changed the order, shows it as it is now and keeps what you typed.',
      'In “Simulate a problem”, choose a server error, then act on an order: the panel shows “Sending…” while it retries, then says the service is unavailable and nothing was changed. Choose None and press “Try again”.',
    ],
    twoViewsNote:
      'Every tab of this demo is the same shop: open this page in a second tab (or the shopper’s page), change an order in one and watch it change live in the other. If the other tab then acts on the order as it showed it before, the change is refused and the panel says what changed, shows the order as it is now and keeps what you typed: nothing is silently overwritten.',
    shopHeading: 'The shop',
    shopIntro: 'Make things happen in the pretend shop and watch the back office follow live.',
    clockButton: 'Advance carrier clock',
    shipmentsMoved: (count) =>
      count === 0 ? 'No shipment moved.' : new Intl.PluralRules('en').select(count) === 'one' ? '1 shipment moved.' : `${count} shipments moved.`,
    newOrderButton: 'A new order arrives',
    newOrderArrived: (orderNumber) => `Order ${orderNumber} arrived.`,
    newOrderFailed: 'The new order could not be placed. Try again.',
    secondViewOpen: 'Open a second admin view',
    secondViewClose: 'Close the second admin view',
    secondViewOpened: 'A second admin view is open beside the first.',
    secondViewClosed: 'The second admin view is closed.',
  },
  fr: {
    documentTitle: 'Démo Suivi : administration',
    skipLink: 'Aller aux commandes',
    toolsLabel: 'Outils de la démo',
    adminHeading: 'Commandes',
    secondViewHeading: 'Commandes, deuxième vue',
    tryHeading: 'À essayer',
    tryThis: [
      'Dans la bande de synthèse au-dessus du tableau, choisissez « Tentative de livraison » : seules ces commandes restent, et le filtre apparaît en pastille que l’on peut retirer.',
      'Ouvrez une commande payée pas encore expédiée (la vue « Payées, non expédiées » les liste), choisissez « Marquer comme expédiée », un transporteur et un numéro de suivi. La boîte de dialogue dit qui recevra l’e-mail ; une fois confirmé, vous avez 5 secondes pour annuler avant tout envoi.',
      'Recommencez et appuyez sur « Annuler » pendant le décompte : rien n’est envoyé et la boîte d’envoi ne change pas.',
      'Appuyez sur « Avancer l’horloge des transporteurs » dans La boutique et regardez les statuts de livraison changer en direct dans le tableau (et dans une commande ouverte).',
      'Ouvrez une deuxième vue d’administration : les deux montrent la même boutique. Modifiez une commande dans l’une et voyez sa ligne changer en direct dans l’autre.',
      'Ouvrez cette page dans un deuxième onglet, ouvrez la même commande dans les deux, ajoutez une étiquette dans l’un, puis agissez sur la commande dans l’autre : il indique que quelqu’un d’autre a modifié la commande, la montre telle qu’elle est et garde ce que vous aviez saisi.',
      'Dans « Simuler un problème », choisissez une erreur serveur, puis agissez sur une commande : le panneau affiche « Envoi… » pendant les nouvelles tentatives, puis dit que le service est indisponible et que rien n’a changé. Choisissez Aucun et appuyez sur « Réessayer ».',
    ],
    twoViewsNote:
      'Tous les onglets de cette démo sont la même boutique : ouvrez cette page dans un deuxième onglet (ou la page de l’acheteur), modifiez une commande dans l’un et voyez-la changer en direct dans l’autre. Si l’autre onglet agit ensuite sur la commande telle qu’il l’affichait avant, la modification est refusée et le panneau dit ce qui a changé, montre la commande telle qu’elle est et garde ce que vous aviez saisi : rien n’est écrasé en silence.',
    shopHeading: 'La boutique',
    shopIntro: 'Faites vivre la boutique fictive et regardez le back-office suivre en direct.',
    clockButton: 'Avancer l’horloge des transporteurs',
    shipmentsMoved: (count) =>
      count === 0 ? 'Aucun envoi n’a bougé.' : new Intl.PluralRules('fr').select(count) === 'one' ? `${count} envoi a bougé.` : `${count} envois ont bougé.`,
    newOrderButton: 'Une nouvelle commande arrive',
    newOrderArrived: (orderNumber) => `La commande ${orderNumber} est arrivée.`,
    newOrderFailed: 'La nouvelle commande n’a pas pu être passée. Réessayez.',
    secondViewOpen: 'Ouvrir une deuxième vue d’administration',
    secondViewClose: 'Fermer la deuxième vue d’administration',
    secondViewOpened: 'Une deuxième vue d’administration est ouverte à côté de la première.',
    secondViewClosed: 'La deuxième vue d’administration est fermée.',
  },
};
