/** The languages the kit speaks. Kept apart from the schemas so UI code can import it without them. */
export const SUPPORTED_LOCALES = ['en', 'fr'] as const;
