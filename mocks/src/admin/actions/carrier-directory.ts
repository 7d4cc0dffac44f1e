import type { Address, Carrier } from '@suivi/model';
import { CARRIERS, CARRIER_KEYS, type CarrierKey, type CarrierProfile } from '../../seed/carriers.ts';
import { CITIES_BY_COUNTRY, type City } from '../../seed/places.ts';

/** Every carrier the shop can fulfil with, as the API shows them. */
export function carrierList(): Carrier[] {
  return CARRIER_KEYS.map((key) => ({ ...CARRIERS[key].carrier }));
}

/** The seed's profile of a carrier code (`colissimo`, `dhl_express`…), or undefined. */
export function carrierByCode(code: string): { key: CarrierKey; profile: CarrierProfile } | undefined {
  const key = CARRIER_KEYS.find((candidate) => CARRIERS[candidate].carrier.code === code);
  return key && { key, profile: CARRIERS[key] };
}

/**
 * The seed city a parcel for this address travels to, for planning its route: the address's city
 * when the seed knows it, else the first city of its country, else Paris (an address the seed
 * never generates, entered by hand).
 */
export function destinationCityOf(address: Pick<Address, 'city' | 'country'> | null): City {
  const cities = address ? CITIES_BY_COUNTRY[address.country as keyof typeof CITIES_BY_COUNTRY] : undefined;
  return cities?.find((city) => city.place.city === address?.city) ?? cities?.[0] ?? CITIES_BY_COUNTRY.FR[0]!;
}
