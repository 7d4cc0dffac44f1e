/**
 * The demo site's own words (the components bring theirs). English and French, like the kit.
 */
export type DemoLocale = 'en' | 'fr';

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
    footer: 'Tout se passe dans votre navigateur : l’API des commandes est simulée (Mock Service Worker) et aucune donnée ne quitte cette page.',
    startFailed: 'L’API simulée n’a pas pu démarrer : la démo ne peut pas retrouver de commande. Rechargez la page pour réessayer.',
  },
};
