import type { Place } from '@suivi/model';

/**
 * Real places with real coordinates, so the tracking map in the demo shows believable routes.
 * Hubs are where carriers sort parcels; cities are where shoppers live (city level only: the
 * street stays in the order's shipping address).
 */
function place(city: string, region: string | null, country: string, lat: number, lng: number): Place {
  return { city, region, country, coordinates: { lat, lng } };
}

export const HUBS = {
  roissy: place('Roissy-en-France', 'Île-de-France', 'FR', 49.0097, 2.5479),
  lyon: place('Saint-Priest', 'Auvergne-Rhône-Alpes', 'FR', 45.6959, 4.9436),
  marseille: place('Vitrolles', "Provence-Alpes-Côte d'Azur", 'FR', 43.4603, 5.2486),
  lille: place('Lesquin', 'Hauts-de-France', 'FR', 50.5886, 3.1114),
  bordeaux: place('Mérignac', 'Nouvelle-Aquitaine', 'FR', 44.8378, -0.6435),
  toulouse: place('Toulouse', 'Occitanie', 'FR', 43.6045, 1.4442),
  nantes: place('Carquefou', 'Pays de la Loire', 'FR', 47.2969, -1.4917),
  strasbourg: place('Strasbourg', 'Grand Est', 'FR', 48.5734, 7.7521),
  brussels: place('Brussels', 'Brussels-Capital', 'BE', 50.9010, 4.4844),
  heathrow: place('London Heathrow', 'England', 'GB', 51.47, -0.4543),
  manchester: place('Manchester', 'England', 'GB', 53.4808, -2.2426),
  leipzig: place('Leipzig', 'Saxony', 'DE', 51.4239, 12.2364),
  cologne: place('Cologne', 'North Rhine-Westphalia', 'DE', 50.8659, 7.1427),
  louisville: place('Louisville', 'KY', 'US', 38.1744, -85.736),
  newYork: place('New York', 'NY', 'US', 40.6413, -73.7781),
  montreal: place('Montréal', 'QC', 'CA', 45.4706, -73.7408),
  toronto: place('Toronto', 'ON', 'CA', 43.6777, -79.6248),
} as const satisfies Record<string, Place>;
export type HubKey = keyof typeof HUBS;

/** Where the shop ships from: a warehouse near Lyon. */
export const WAREHOUSE: Place = place('Lyon', 'Auvergne-Rhône-Alpes', 'FR', 45.764, 4.8357);

export interface City {
  place: Place;
  /** The sorting hub that serves this city, for the last leg. */
  hub: HubKey;
  postalCodes: readonly string[];
  streets: readonly string[];
}

function city(
  name: string,
  region: string | null,
  country: string,
  lat: number,
  lng: number,
  hub: HubKey,
  postalCodes: string[],
  streets: string[],
): City {
  return { place: place(name, region, country, lat, lng), hub, postalCodes, streets };
}

const FRENCH_STREETS = ['rue de la République', 'avenue Jean Jaurès', 'rue Victor Hugo', 'boulevard Pasteur', 'rue des Lilas', 'place du Marché', 'rue de la Paix', 'allée des Tilleuls'];
const ENGLISH_STREETS = ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Avenue', 'Mill Lane', 'King Street'];
const AMERICAN_STREETS = ['Main Street', 'Oak Avenue', 'Maple Drive', 'Broadway', 'Elm Street', 'Washington Avenue'];

export const CITIES_BY_COUNTRY: Record<'FR' | 'BE' | 'GB' | 'US' | 'CA', readonly City[]> = {
  FR: [
    city('Paris', 'Île-de-France', 'FR', 48.8566, 2.3522, 'roissy', ['75003', '75011', '75015', '75018'], FRENCH_STREETS),
    city('Lyon', 'Auvergne-Rhône-Alpes', 'FR', 45.764, 4.8357, 'lyon', ['69001', '69003', '69007'], FRENCH_STREETS),
    city('Marseille', "Provence-Alpes-Côte d'Azur", 'FR', 43.2965, 5.3698, 'marseille', ['13001', '13006', '13008'], FRENCH_STREETS),
    city('Lille', 'Hauts-de-France', 'FR', 50.6292, 3.0573, 'lille', ['59000', '59800'], FRENCH_STREETS),
    city('Bordeaux', 'Nouvelle-Aquitaine', 'FR', 44.8378, -0.5792, 'bordeaux', ['33000', '33800'], FRENCH_STREETS),
    city('Toulouse', 'Occitanie', 'FR', 43.6047, 1.4442, 'toulouse', ['31000', '31400'], FRENCH_STREETS),
    city('Nantes', 'Pays de la Loire', 'FR', 47.2184, -1.5536, 'nantes', ['44000', '44100'], FRENCH_STREETS),
    city('Strasbourg', 'Grand Est', 'FR', 48.5734, 7.7521, 'strasbourg', ['67000', '67100'], FRENCH_STREETS),
    city('Rennes', 'Bretagne', 'FR', 48.1173, -1.6778, 'nantes', ['35000', '35200'], FRENCH_STREETS),
    city('Montpellier', 'Occitanie', 'FR', 43.6108, 3.8767, 'marseille', ['34000', '34070'], FRENCH_STREETS),
    city('Grenoble', 'Auvergne-Rhône-Alpes', 'FR', 45.1885, 5.7245, 'lyon', ['38000', '38100'], FRENCH_STREETS),
    city('Nice', "Provence-Alpes-Côte d'Azur", 'FR', 43.7102, 7.262, 'marseille', ['06000', '06300'], FRENCH_STREETS),
  ],
  BE: [
    city('Bruxelles', 'Bruxelles-Capitale', 'BE', 50.8503, 4.3517, 'brussels', ['1000', '1050'], ['rue Neuve', 'avenue Louise', 'rue du Midi']),
    city('Liège', 'Wallonie', 'BE', 50.6326, 5.5797, 'brussels', ['4000', '4020'], ['rue Saint-Gilles', 'boulevard de la Sauvenière']),
  ],
  GB: [
    city('London', 'England', 'GB', 51.5072, -0.1276, 'heathrow', ['SE1 7PB', 'N1 9GU', 'E2 8DY'], ENGLISH_STREETS),
    city('Manchester', 'England', 'GB', 53.4808, -2.2426, 'manchester', ['M1 1AE', 'M4 5JD'], ENGLISH_STREETS),
    city('Birmingham', 'England', 'GB', 52.4862, -1.8904, 'manchester', ['B1 1BB', 'B15 2TT'], ENGLISH_STREETS),
    city('Bristol', 'England', 'GB', 51.4545, -2.5879, 'heathrow', ['BS1 4DJ', 'BS8 1TH'], ENGLISH_STREETS),
    city('Edinburgh', 'Scotland', 'GB', 55.9533, -3.1883, 'manchester', ['EH1 1YZ', 'EH3 9DR'], ENGLISH_STREETS),
  ],
  US: [
    city('New York', 'NY', 'US', 40.7128, -74.006, 'newYork', ['10001', '10011', '11201'], AMERICAN_STREETS),
    city('Boston', 'MA', 'US', 42.3601, -71.0589, 'newYork', ['02108', '02116'], AMERICAN_STREETS),
    city('Chicago', 'IL', 'US', 41.8781, -87.6298, 'louisville', ['60601', '60614'], AMERICAN_STREETS),
    city('Austin', 'TX', 'US', 30.2672, -97.7431, 'louisville', ['78701', '78704'], AMERICAN_STREETS),
    city('Seattle', 'WA', 'US', 47.6062, -122.3321, 'louisville', ['98101', '98109'], AMERICAN_STREETS),
  ],
  CA: [
    city('Montréal', 'QC', 'CA', 45.5019, -73.5674, 'montreal', ['H2X 1Y4', 'H3B 2Y5'], ['rue Saint-Denis', 'boulevard Saint-Laurent', 'rue Sherbrooke Ouest']),
    city('Québec', 'QC', 'CA', 46.8139, -71.208, 'montreal', ['G1R 4P5', 'G1K 3G3'], ['rue Saint-Jean', 'Grande Allée Est']),
    city('Toronto', 'ON', 'CA', 43.6532, -79.3832, 'toronto', ['M5V 2T6', 'M4Y 1R5'], ['Queen Street West', 'Yonge Street', 'King Street East']),
    city('Ottawa', 'ON', 'CA', 45.4215, -75.6972, 'toronto', ['K1P 5J2', 'K2P 1L4'], ['Bank Street', 'Elgin Street']),
    city('Vancouver', 'BC', 'CA', 49.2827, -123.1207, 'toronto', ['V6B 1A1', 'V5K 0A1'], ['Granville Street', 'Robson Street']),
  ],
};

/** A Place copy, so no two shipments share (and later mutate) the same object. */
export function clonePlace(p: Place): Place {
  return { city: p.city, region: p.region, country: p.country, coordinates: p.coordinates && { ...p.coordinates } };
}
