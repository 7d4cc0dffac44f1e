import type { Place } from '@suivi/model';
import type { Locale } from '../i18n/locale.ts';

/** "Lyon, France" / "Lyon, France": a city and its country named in the reader's language, never a street. */
export function formatPlace(place: Pick<Place, 'city' | 'country'>, locale: Locale): string {
  let country: string = place.country;
  try {
    country = new Intl.DisplayNames(locale, { type: 'region' }).of(place.country) ?? place.country;
  } catch {
    // A region code Intl does not know is shown as it came.
  }
  return `${place.city}, ${country}`;
}
