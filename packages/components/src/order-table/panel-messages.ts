import { defineMessages } from '../i18n/messages.ts';

/**
 * What only the filters panel and the column picker say: their labels, the move the picker made
 * (for screen readers) and a width it cannot use. Kept with the panels, which the table loads
 * only once its rows are drawn (later-parts.ts), so the table's first script does not carry them.
 */
export const panelMessages = defineMessages({
  en: {
    placed: 'Date placed',
    placedFrom: 'From',
    placedTo: 'To',
    archived: 'Archived orders',
    archived_include: 'Show',
    archived_exclude: 'Hide',
    archived_only: 'Show only archived',
    columnPicker: 'Columns to show',
    moveEarlier: (p: { column: string }) => `Move ${p.column} earlier`,
    moveLater: (p: { column: string }) => `Move ${p.column} later`,
    columnWidth: (p: { column: string }) => `Width of ${p.column} in pixels`,
    resetColumns: 'Reset columns',
    moved: (p: { column: string; position: number; count: number }) => `${p.column} moved to position ${p.position} of ${p.count}.`,
    widthRange: (p: { column: string; min: number; max: number }) => `${p.column}: enter a width from ${p.min} to ${p.max} pixels.`,
  },
  fr: {
    placed: 'Date de commande',
    placedFrom: 'Du',
    placedTo: 'Au',
    archived: 'Commandes archivées',
    archived_include: 'Afficher',
    archived_exclude: 'Masquer',
    archived_only: 'Seulement les archivées',
    columnPicker: 'Colonnes à afficher',
    moveEarlier: (p: { column: string }) => `Déplacer ${p.column} vers la gauche`,
    moveLater: (p: { column: string }) => `Déplacer ${p.column} vers la droite`,
    columnWidth: (p: { column: string }) => `Largeur de ${p.column} en pixels`,
    resetColumns: 'Rétablir les colonnes',
    moved: (p: { column: string; position: number; count: number }) => `Colonne ${p.column} déplacée en position ${p.position} sur ${p.count}.`,
    widthRange: (p: { column: string; min: number; max: number }) => `${p.column}\u00a0: saisissez une largeur de ${p.min} à ${p.max} pixels.`,
  },
});
