import { createContext } from '@lit/context';
import type { Locale } from '../i18n/locale.ts';

/** The locale a provider (the order-status page) resolved for everything inside it. */
export const localeContext = createContext<Locale | undefined>(Symbol('suivi-locale'));
