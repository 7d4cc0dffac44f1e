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
    bulk_archive: 'Archive',
    bulk_unarchive: 'Unarchive',
    exportedSelection: (p: { n: number; file: string }) => `Exported the ${p.n} selected ${plural('en', p.n, { one: 'order', other: 'orders' })} to ${p.file}.`,
    exportFailed: 'The export could not be made; nothing was downloaded. Try again.',
    doneList_archive: (p: { numbers: string }) => `Archived: ${p.numbers}.`,
    doneList_unarchive: (p: { numbers: string }) => `Unarchived: ${p.numbers}.`,
    andMore: (p: { n: number }) => `${p.n} more`,
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
    bulk_archive: 'Archiver',
    bulk_unarchive: 'Désarchiver',
    exportedSelection: (p: { n: number; file: string }) =>
      `${plural('fr', p.n, { one: 'La commande sélectionnée a été exportée', other: `Les ${p.n} commandes sélectionnées ont été exportées` })} dans ${p.file}.`,
    exportFailed: 'L’export n’a pas pu être fait ; rien n’a été téléchargé. Réessayez.',
    doneList_archive: (p: { numbers: string }) => `Archivées\u00a0: ${p.numbers}.`,
    doneList_unarchive: (p: { numbers: string }) => `Désarchivées\u00a0: ${p.numbers}.`,
    andMore: (p: { n: number }) => `${p.n} autres`,
    bulkConflict: 'modifiée par quelqu’un d’autre depuis son affichage ; vérifiez-la et réessayez',
    bulkNotFound: 'n’existe plus',
  },
});
