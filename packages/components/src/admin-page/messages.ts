import { defineMessages, plural } from '../i18n/messages.ts';

/** Every string <suivi-order-admin> shows or announces (the table and the detail panel have their own). */
export const adminMessages = defineMessages({
  en: {
    loading: 'Loading orders…',
    loadFailed: 'The orders could not be loaded.',
    tryAgain: 'Try again',
    close: 'Close',
    cancel: 'Cancel',
    selecting: (p: { loaded: string; total: string }) => `Selecting the matching orders: ${p.loaded} of ${p.total}…`,
    selectFailed: 'The matching orders are unavailable right now; the selection has not changed. Try again.',
    detailLabel: 'Order details',
    detailFailed: 'The order’s details could not be loaded. Check your connection and try again.',
    liveOff: 'Live updates paused: reconnecting…',
    bulkDone: (p: { action: string; ok: number; refused: number; unsent: number }) =>
      `${p.action}: ${p.ok} ${plural('en', p.ok, { one: 'order', other: 'orders' })} done${p.refused ? `, ${p.refused} refused` : ''}${p.unsent ? `, ${p.unsent} not sent` : ''}.`,
    bulkSending: (p: { action: string; done: string; total: string }) => `${p.action}: ${p.done} of ${p.total} orders sent…`,
    bulkUnsent: (p: { n: number; numbers: string }) =>
      `Not sent, the service is unavailable (${plural('en', p.n, { one: 'this order', other: `these ${p.n} orders` })}): ${p.numbers}. Try again sends only these.`,
    bulkFailedItem: (p: { number: string; reason: string }) => `${p.number}: ${p.reason}`,
    bulkError: 'The bulk action could not be sent. Nothing was changed; try again.',
    bulk_archive: 'Archive',
    bulk_unarchive: 'Unarchive',
    exported: (p: { file: string }) => `Exported ${p.file}.`,
    bulkConflict: 'changed by someone else since it was listed; check it and try again',
    bulkNotFound: 'no longer exists',
  },
  fr: {
    loading: 'Chargement des commandes…',
    loadFailed: 'Les commandes n’ont pas pu être chargées.',
    tryAgain: 'Réessayer',
    close: 'Fermer',
    cancel: 'Annuler',
    selecting: (p: { loaded: string; total: string }) => `Sélection des commandes correspondantes\u00a0: ${p.loaded} sur ${p.total}…`,
    selectFailed: 'Les commandes correspondantes sont indisponibles pour le moment\u00a0; la sélection n’a pas changé. Réessayez.',
    detailLabel: 'Détails de la commande',
    detailFailed: 'Les détails de la commande n’ont pas pu être chargés. Vérifiez votre connexion et réessayez.',
    liveOff: 'Mises à jour en direct interrompues : reconnexion…',
    bulkDone: (p: { action: string; ok: number; refused: number; unsent: number }) =>
      `${p.action} : ${p.ok} ${plural('fr', p.ok, { one: 'commande traitée', other: 'commandes traitées' })}${p.refused ? `, ${p.refused} ${plural('fr', p.refused, { one: 'refusée', other: 'refusées' })}` : ''}${
        p.unsent ? `, ${p.unsent} ${plural('fr', p.unsent, { one: 'non envoyée', other: 'non envoyées' })}` : ''
      }.`,
    bulkSending: (p: { action: string; done: string; total: string }) => `${p.action} : ${p.done} commandes envoyées sur ${p.total}…`,
    bulkUnsent: (p: { n: number; numbers: string }) =>
      `${plural('fr', p.n, { one: 'Non envoyée', other: 'Non envoyées' })}, le service est indisponible (${plural('fr', p.n, { one: 'cette commande', other: `ces ${p.n} commandes` })})\u00a0: ${p.numbers}. Réessayer n’envoie que celles-ci.`,
    bulkFailedItem: (p: { number: string; reason: string }) => `${p.number} : ${p.reason}`,
    bulkError: 'L’action groupée n’a pas pu être envoyée. Rien n’a changé ; réessayez.',
    bulk_archive: 'Archiver',
    bulk_unarchive: 'Désarchiver',
    exported: (p: { file: string }) => `${p.file} exporté.`,
    bulkConflict: 'modifiée par quelqu’un d’autre depuis son affichage ; vérifiez-la et réessayez',
    bulkNotFound: 'n’existe plus',
  },
});
