import type { Locale } from './locale.ts';

/** A message is a plain string or a function of its parameters (for plurals, numbers, names). */
export type Message = string | ((params: never) => string);
export type Catalog = Record<string, Message>;

type ParamsOf<M> = M extends (params: infer P) => string ? [params: P] : [];

/** English is the reference; French must have exactly the same keys and parameter shapes. */
export interface Catalogs<C extends Catalog> {
  en: C;
  fr: { [K in keyof C]: C[K] };
}

export type Translate<C extends Catalog> = <K extends keyof C & string>(key: K, ...params: ParamsOf<C[K]>) => string;

/** Declares a component's messages in every supported locale; the type checker enforces the same keys. */
export function defineMessages<C extends Catalog>(catalogs: Catalogs<C>): Catalogs<C> {
  return catalogs;
}

/** Returns `t(key, params)` for one locale. */
export function translator<C extends Catalog>(catalogs: Catalogs<C>, locale: Locale): Translate<C> {
  const catalog = catalogs[locale] as C;
  return (key, ...params) => {
    const message = catalog[key] as Message;
    return typeof message === 'function' ? (message as (p: unknown) => string)(params[0]) : message;
  };
}

/** Picks a plural form with Intl.PluralRules, e.g. plural('fr', n, { one: 'article', other: 'articles' }). */
export function plural(locale: Locale, count: number, forms: { one: string; other: string }): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}
