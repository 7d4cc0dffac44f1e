import { SUPPORTED_LOCALES, type Locale } from '@suivi/model';

export type { Locale };
export const DEFAULT_LOCALE: Locale = 'en';

/** Maps any BCP 47 tag to a locale the kit speaks: "fr-CA" → "fr", "de" → "en". */
export function toSupportedLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as Locale) : DEFAULT_LOCALE;
}

/**
 * The `lang` that applies to a node: its own or the nearest ancestor's, walking out of
 * shadow roots to their hosts, so an element inside another component follows the page.
 */
export function resolveLang(node: Node): string | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang');
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}
