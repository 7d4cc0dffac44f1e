import { defineMessages, plural } from '../i18n/messages.ts';

/** Every string <suivi-order-admin> shows or announces (the table and the detail panel have their own). */
export const adminMessages = defineMessages({
  en: {
    loading: 'Loading orders…',
    loadFailed: 'The orders could not be loaded.',
    tryAgain: 'Try again',
    close: 'Close',
    detailLabel: 'Order details',
    liveOff: 'Live updates paused: reconnecting…',
    bulkDone: (p: { action: string; ok: number; failed: number }) =>
      `${p.action}: ${p.ok} ${plural('en', p.ok, { one: 'order', other: 'orders' })} done${p.failed ? `, ${p.failed} failed` : ''}.`,
    bulkFailedItem: (p: { number: string; reason: string }) => `${p.number}: ${p.reason}`,
    bulkError: 'The bulk action could not be sent. Nothing was changed; try again.',
    bulk_archive: 'Archive',
    bulk_unarchive: 'Unarchive',
    bulk_export: 'Export',
    exported: (p: { file: string }) => `Exported ${p.file}.`,
    dismiss: 'Dismiss',
    bulkConflict: 'changed by someone else since it was listed; check it and try again',
    bulkNotFound: 'no longer exists',
  },
  fr: {
    loading: 'Chargement des commandes…',
    loadFailed: 'Les commandes n’ont pas pu être chargées.',
    tryAgain: 'Réessayer',
    close: 'Fermer',
    detailLabel: 'Détails de la commande',
    liveOff: 'Mises à jour en direct interrompues : reconnexion…',
    bulkDone: (p: { action: string; ok: number; failed: number }) =>
      `${p.action} : ${p.ok} ${plural('fr', p.ok, { one: 'commande traitée', other: 'commandes traitées' })}${p.failed ? `, ${p.failed} en échec` : ''}.`,
    bulkFailedItem: (p: { number: string; reason: string }) => `${p.number} : ${p.reason}`,
    bulkError: 'L’action groupée n’a pas pu être envoyée. Rien n’a changé ; réessayez.',
    bulk_archive: 'Archiver',
    bulk_unarchive: 'Désarchiver',
    bulk_export: 'Exporter',
    exported: (p: { file: string }) => `${p.file} exporté.`,
    dismiss: 'Fermer',
    bulkConflict: 'modifiée par quelqu’un d’autre depuis son affichage ; vérifiez-la et réessayez',
    bulkNotFound: 'n’existe plus',
  },
});
