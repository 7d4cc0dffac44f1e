import { defineMessages } from '../i18n/messages.ts';

/** Every string `<suivi-order-lookup>` shows or announces, in each supported locale. */
export const lookupMessages = defineMessages({
  en: {
    formLabel: 'Find your order',
    orderNumberLabel: 'Order number',
    orderNumberHint: "You'll find it in your confirmation e-mail, e.g. #1001",
    emailLabel: 'E-mail address',
    submit: 'Find my order',
    submitting: 'Looking up your order…',
    retry: 'Try again',
    orderNumberRequired: 'Enter your order number',
    orderNumberShape: 'Enter an order number like #1001',
    emailRequired: 'Enter your e-mail address',
    emailShape: 'Enter an e-mail address like name@example.com',
    notFound: "We couldn't find an order with that number and e-mail. Check both and try again.",
    rateLimited: ({ wait }: { wait: string }) => `Too many attempts. Try again ${wait}.`,
    rateLimitedSoon: 'Too many attempts. Try again in a moment.',
    unavailable: 'The order service is unavailable right now. Your details are kept — try again.',
    invalidInput: 'Check the order number and e-mail address, then try again.',
  },
  fr: {
    formLabel: 'Retrouver votre commande',
    orderNumberLabel: 'Numéro de commande',
    orderNumberHint: "Vous le trouverez dans l'e-mail de confirmation, par ex. #1001",
    emailLabel: 'Adresse e-mail',
    submit: 'Retrouver ma commande',
    submitting: 'Recherche de votre commande…',
    retry: 'Réessayer',
    orderNumberRequired: 'Saisissez votre numéro de commande',
    orderNumberShape: 'Saisissez un numéro de commande comme #1001',
    emailRequired: 'Saisissez votre adresse e-mail',
    emailShape: 'Saisissez une adresse e-mail comme nom@exemple.fr',
    notFound:
      "Nous n'avons trouvé aucune commande avec ce numéro et cet e-mail. Vérifiez les deux et réessayez.",
    rateLimited: ({ wait }: { wait: string }) => `Trop de tentatives. Réessayez ${wait}.`,
    rateLimitedSoon: 'Trop de tentatives. Réessayez dans un instant.',
    unavailable:
      'Le service de commandes est indisponible pour le moment. Vos informations sont conservées — réessayez.',
    invalidInput: "Vérifiez le numéro de commande et l'adresse e-mail, puis réessayez.",
  },
});

export type LookupMessageKey = keyof typeof lookupMessages.en;
