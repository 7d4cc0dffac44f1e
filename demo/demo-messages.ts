/**
 * The demo site's own words (the components bring theirs). English and French, like the kit.
 */
import { SERVER_ERROR_RETRY_AFTER_SECONDS, SLOW_NETWORK_MS, type DemoFault } from './fault-switch.ts';

export type DemoLocale = 'en' | 'fr';

const SLOW_SECONDS = SLOW_NETWORK_MS / 1000;

export const DEMO_LOCALES: readonly DemoLocale[] = ['en', 'fr'];

interface DemoMessages {
  skipLink: string;
  asideLabel: string;
  title: string;
  tagline: string;
  languageLegend: string;
  themeLegend: string;
  themeLight: string;
  themeDark: string;
  themeSystem: string;
  ordersHeading: string;
  ordersIntro: string;
  orderNumberLabel: string;
  emailLabel: string;
  clockHeading: string;
  clockIntro: string;
  clockButton: string;
  /** What the clock did, for the polite announcement. */
  shipmentsMoved: (count: number) => string;
  /** One line under the orders: failures a person can cause on purpose. */
  tryThese: string;
  faultsHeading: string;
  faultsIntro: string;
  faultLabels: Record<DemoFault, string>;
  /** Said politely when the simulated problem changes. */
  faultAnnouncements: Record<DemoFault, string>;
  footer: string;
  startFailed: string;
  /** How to try each thing a shopper can do after buying. */
  scenariosHeading: string;
  scenarios: string[];
  outboxHeading: string;
  outboxIntro: string;
  outboxCount: (count: number) => string;
  channelEmail: string;
  channelSms: string;
  expireLinksButton: string;
  resetHeading: string;
  resetIntro: string;
  resetButton: string;
  /** Announced just before the page reloads. */
  resetDone: string;
  /** What "expire share links" did, for the polite announcement. */
  linksExpired: (count: number) => string;
  sharedBack: string;
  /** The header's links between the demo's two pages. */
  pagesNavLabel: string;
  shopperPageLink: string;
  adminPageLink: string;
}

export const demoMessages: Record<DemoLocale, DemoMessages> = {
  en: {
    skipLink: 'Skip to the order status',
    asideLabel: 'Demo tools',
    title: 'Suivi demo',
    tagline: 'Order status components on a pretend store',
    languageLegend: 'Language',
    themeLegend: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeSystem: 'System',
    ordersHeading: 'Orders to try',
    ordersIntro: 'Copy an order number and its e-mail into the form, as a shopper would from their confirmation e-mail.',
    orderNumberLabel: 'Order',
    emailLabel: 'E-mail',
    clockHeading: 'Carrier clock',
    clockIntro: 'Parcels move when time passes. Move the carriers forward and watch an open order update live.',
    clockButton: 'Advance carrier clock',
    shipmentsMoved: (count) =>
      count === 0 ? 'No shipment moved.' : new Intl.PluralRules('en').select(count) === 'one' ? '1 shipment moved.' : `${count} shipments moved.`,
    tryThese: 'Also try: a wrong e-mail gets “not found”; six wrong tries on one order get “too many attempts”.',
    faultsHeading: 'Simulate a problem',
    faultsIntro: 'The next requests to the order API get this answer. Switch back to None, then press “Try again”.',
    faultLabels: {
      none: 'None',
      unreachable: 'API unreachable (network error)',
      server_error: `Server error (503, retry after ${SERVER_ERROR_RETRY_AFTER_SECONDS} s)`,
      slow: `Slow network (${SLOW_SECONDS} s latency)`,
    },
    faultAnnouncements: {
      none: 'No problem simulated: the order API answers normally again.',
      unreachable: 'Simulating: the order API cannot be reached.',
      server_error: 'Simulating: the order API answers with a server error.',
      slow: `Simulating: every request to the order API takes ${SLOW_SECONDS} seconds longer.`,
    },
    footer: 'Everything runs in your browser: the order API is a mock (Mock Service Worker), and no data leaves this page.',
    startFailed: 'The mock API could not start, so the demo cannot look orders up. Reload the page to try again.',
    scenariosHeading: 'Things to try after buying',
    scenarios: [
      '#1005: two parcels with two carriers, each on its map; advance the clock and watch the second one arrive.',
      '“Share progress” makes a link: open it (in this tab or another) and see the order without any address, payment or contact details. “Stop sharing” turns it off; “Make share links expire” shows what an expired link says.',
      '#1003 (delivered): request a return. Ask again for the same item: too many. #1005: the lamp is not delivered yet. The clock moves a return on.',
      '#1001 or #1004: turn SMS updates on, advance the clock, and watch the outbox below fill. #1005 has no phone: SMS stays off.',
      '#1007: digital downloads and a gift card code to reveal; #1012: the same kinds of items, waiting for payment, say why they are not available yet. #1006: a carrier without live tracking. #1004: a failed delivery attempt.',
      '#1009: one parcel on its way and the items still to ship. #1010: a pre-order scheduled to ship on a set date. #1011: on hold while the shop checks a detail.',
    ],
    outboxHeading: 'Outbox',
    outboxIntro: 'What the shop would send, to whom and when, on the channels each shopper chose. Nothing leaves this page.',
    outboxCount: (count) => (count === 0 ? 'No message yet.' : count === 1 ? '1 message.' : `${count} messages, newest first.`),
    channelEmail: 'E-mail',
    channelSms: 'SMS',
    expireLinksButton: 'Make share links expire',
    resetHeading: 'Demo data',
    resetIntro: 'What you change here (parcels moved, returns, fulfilments, tags, new orders) is kept in this browser across reloads.',
    resetButton: 'Reset demo data',
    resetDone: 'Demo data reset. Reloading the page…',
    linksExpired: (count) => (count === 0 ? 'No share link to expire.' : count === 1 ? '1 share link expired.' : `${count} share links expired.`),
    sharedBack: 'Back to the order status page',
    pagesNavLabel: 'Demo pages',
    shopperPageLink: 'Order status',
    adminPageLink: 'Shop admin',
  },
  fr: {
    skipLink: 'Aller au suivi de commande',
    asideLabel: 'Outils de la démo',
    title: 'Démo Suivi',
    tagline: 'Les composants de suivi de commande sur une boutique fictive',
    languageLegend: 'Langue',
    themeLegend: 'Thème',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    themeSystem: 'Système',
    ordersHeading: 'Commandes à essayer',
    ordersIntro: 'Copiez un numéro de commande et son e-mail dans le formulaire, comme le ferait un client depuis son e-mail de confirmation.',
    orderNumberLabel: 'Commande',
    emailLabel: 'E-mail',
    clockHeading: 'Horloge des transporteurs',
    clockIntro: 'Les colis avancent avec le temps. Faites avancer les transporteurs et regardez une commande ouverte se mettre à jour en direct.',
    clockButton: 'Avancer l’horloge des transporteurs',
    shipmentsMoved: (count) =>
      count === 0 ? 'Aucun envoi n’a bougé.' : new Intl.PluralRules('fr').select(count) === 'one' ? `${count} envoi a bougé.` : `${count} envois ont bougé.`,
    tryThese: 'Essayez aussi : un mauvais e-mail donne « introuvable » ; six essais faux sur une commande donnent « trop de tentatives ».',
    faultsHeading: 'Simuler un problème',
    faultsIntro: 'Les prochaines requêtes à l’API des commandes reçoivent cette réponse. Revenez à Aucun, puis appuyez sur « Réessayer ».',
    faultLabels: {
      none: 'Aucun',
      unreachable: 'API injoignable (erreur réseau)',
      server_error: `Erreur serveur (503, réessayer après ${SERVER_ERROR_RETRY_AFTER_SECONDS} s)`,
      slow: `Réseau lent (${SLOW_SECONDS} s de latence)`,
    },
    faultAnnouncements: {
      none: 'Aucun problème simulé : l’API des commandes répond de nouveau normalement.',
      unreachable: 'Simulation : l’API des commandes est injoignable.',
      server_error: 'Simulation : l’API des commandes répond par une erreur serveur.',
      slow: `Simulation : chaque requête à l’API des commandes prend ${SLOW_SECONDS} secondes de plus.`,
    },
    footer: 'Tout se passe dans votre navigateur : l’API des commandes est simulée (Mock Service Worker) et aucune donnée ne quitte cette page.',
    startFailed: 'L’API simulée n’a pas pu démarrer : la démo ne peut pas retrouver de commande. Rechargez la page pour réessayer.',
    scenariosHeading: 'À essayer après l’achat',
    scenarios: [
      '#1005 : deux colis, deux transporteurs, chacun sur sa carte ; avancez l’horloge et regardez le second arriver.',
      '« Partager le suivi » crée un lien : ouvrez-le (dans cet onglet ou un autre) et voyez la commande sans adresse, paiement ni coordonnées. « Arrêter le partage » le désactive ; « Faire expirer les liens » montre ce que dit un lien expiré.',
      '#1003 (livrée) : demandez un retour. Redemandez le même article : c’est trop. #1005 : la lampe n’est pas encore livrée. L’horloge fait avancer un retour.',
      '#1001 ou #1004 : activez les SMS, avancez l’horloge et regardez la boîte d’envoi se remplir. #1005 n’a pas de téléphone : les SMS restent désactivés.',
      '#1007 : téléchargements et code de carte cadeau à révéler ; #1012 : les mêmes articles, en attente de paiement, disent pourquoi ils ne sont pas encore disponibles. #1006 : un transporteur sans suivi en direct. #1004 : une tentative de livraison.',
      '#1009 : un colis en route et les articles qui restent à expédier. #1010 : une précommande dont l’expédition est programmée à date fixe. #1011 : en attente, le temps que la boutique vérifie un détail.',
    ],
    outboxHeading: 'Boîte d’envoi',
    outboxIntro: 'Ce que la boutique enverrait, à qui et quand, sur les canaux choisis par chaque client. Rien ne quitte cette page.',
    outboxCount: (count) => (count === 0 ? 'Aucun message pour le moment.' : count === 1 ? '1 message.' : `${count} messages, du plus récent au plus ancien.`),
    channelEmail: 'E-mail',
    channelSms: 'SMS',
    expireLinksButton: 'Faire expirer les liens',
    resetHeading: 'Données de la démo',
    resetIntro: 'Ce que vous changez ici (colis avancés, retours, expéditions, étiquettes, nouvelles commandes) est gardé dans ce navigateur, même après rechargement.',
    resetButton: 'Réinitialiser les données',
    resetDone: 'Données réinitialisées. Rechargement de la page…',
    linksExpired: (count) => (count === 0 ? 'Aucun lien de partage à faire expirer.' : count === 1 ? '1 lien de partage a expiré.' : `${count} liens de partage ont expiré.`),
    sharedBack: 'Retour au suivi de commande',
    pagesNavLabel: 'Pages de la démo',
    shopperPageLink: 'Suivi de commande',
    adminPageLink: 'Administration',
  },
};
