import { defineMessages } from '../i18n/messages.ts';

/**
 * What the column picker says beyond its labels (tableMessages): the move it made, for screen
 * readers, and a width it cannot use. Kept with the picker, which the table loads only once its
 * rows are drawn, so the table's first script does not carry them.
 */
export const columnPickerMessages = defineMessages({
  en: {
    moved: (p: { column: string; position: number; count: number }) => `${p.column} moved to position ${p.position} of ${p.count}.`,
    widthRange: (p: { column: string; min: number; max: number }) => `${p.column}: enter a width from ${p.min} to ${p.max} pixels.`,
  },
  fr: {
    moved: (p: { column: string; position: number; count: number }) => `Colonne ${p.column} déplacée en position ${p.position} sur ${p.count}.`,
    widthRange: (p: { column: string; min: number; max: number }) => `${p.column}\u00a0: saisissez une largeur de ${p.min} à ${p.max} pixels.`,
  },
});
