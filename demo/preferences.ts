/**
 * The visitor's language and theme for the demo page. They are applied to <html>, because that
 * is exactly what a merchant's page does: the components follow the nearest `lang` and the
 * page's `color-scheme`. Remembered across reloads so a designer can stay in French, dark.
 */
import { DEMO_LOCALES, type DemoLocale } from './demo-messages.ts';

export type DemoTheme = 'light' | 'dark' | 'system';

export const DEMO_THEMES: readonly DemoTheme[] = ['light', 'dark', 'system'];

const LOCALE_KEY = 'suivi-demo:locale';
const THEME_KEY = 'suivi-demo:theme';

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled (private mode, sandboxed frame): just do not remember
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Same as above: the choice still applies to this visit.
  }
}

export function initialLocale(): DemoLocale {
  const stored = readStored(LOCALE_KEY);
  if (DEMO_LOCALES.includes(stored as DemoLocale)) return stored as DemoLocale;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function initialTheme(): DemoTheme {
  const stored = readStored(THEME_KEY);
  return DEMO_THEMES.includes(stored as DemoTheme) ? (stored as DemoTheme) : 'system';
}

export function applyLocale(locale: DemoLocale): void {
  document.documentElement.lang = locale;
  store(LOCALE_KEY, locale);
}

/** `system` leaves both schemes allowed, so `prefers-color-scheme` decides. */
export function applyTheme(theme: DemoTheme): void {
  document.documentElement.style.colorScheme = theme === 'system' ? 'light dark' : theme;
  store(THEME_KEY, theme);
}
