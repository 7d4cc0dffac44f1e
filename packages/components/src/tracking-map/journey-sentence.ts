import { formatPlace } from '../shared/format-place.ts';
import type { Locale } from '../i18n/locale.ts';
import { translator } from '../i18n/messages.ts';
import { type Journey, roundedKm } from './journey.ts';
import { trackingMapMessages } from './messages.ts';

/** Closer than this to the destination and the parcel is in the city it is delivered to. */
const SAME_CITY_KM = 2;
/** Closer than this and "about 5 km" would overstate the precision: "less than 10 km". */
const NEAR_KM = 10;

/** "420 km" / "420 km" (with the no-break space French uses). */
export function formatKm(km: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', unitDisplay: 'short', maximumFractionDigits: 0 }).format(km);
}

/**
 * The map's text alternative: where the parcel is and how far it still has to go, e.g. "Your
 * parcel is in Lyon, France, about 420 km from Nantes." Written from the journey alone, so it
 * is there before (and without) the map.
 */
export function journeySentence(journey: Journey, locale: Locale): string {
  const t = translator(trackingMapMessages, locale);
  const destinationCity = journey.destination.city;
  if (journey.delivered) return t('deliveredIn', { place: formatPlace(journey.destination, locale) });
  const place = formatPlace(journey.place, locale);
  const km = journey.remainingKm;
  const sameCity = journey.place.city === destinationCity && journey.place.country === journey.destination.country;
  if (sameCity || (km !== null && km < SAME_CITY_KM)) return t('inDestinationCity', { place });
  if (km === null) return t('inPlaceNoDistance', { place, destination: formatPlace(journey.destination, locale) });
  if (km < NEAR_KM) return t('inPlaceNear', { place, distance: formatKm(NEAR_KM, locale), destination: destinationCity });
  return t('inPlaceDistance', { place, distance: formatKm(roundedKm(km), locale), destination: destinationCity });
}
