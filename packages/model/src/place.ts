import * as z from 'zod/mini';
import { CountryCode } from './address.ts';
import { named } from './schema-meta.ts';

export const Coordinates = /* @__PURE__ */ named(
  z.object({
    lat: /* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90)),
    lng: /* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180)),
  }),
  'Coordinates',
  'WGS 84 latitude and longitude in degrees.',
);
export type Coordinates = z.infer<typeof Coordinates>;

/** A city-level place: where a tracking event happened, or where a parcel goes (never a street). */
export const Place = /* @__PURE__ */ named(
  z.object({
    city: z.string(),
    region: z.nullable(z.string()),
    country: CountryCode,
    coordinates: z.nullable(Coordinates),
  }),
  'Place',
  'A city-level place with optional coordinates; never a street address.',
);
export type Place = z.infer<typeof Place>;
