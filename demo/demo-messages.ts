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
  },
};
