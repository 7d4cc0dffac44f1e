import * as z from 'zod/mini';
import { named } from './schema-meta.ts';

export const CountryCode = /* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code like FR'));

export const Address = /* @__PURE__ */ named(
  z.object({
    name: z.string(),
    company: z.nullable(z.string()),
    line1: z.string(),
    line2: z.nullable(z.string()),
    postalCode: z.string(),
    city: z.string(),
    region: z.nullable(z.string()),
    country: CountryCode,
    phone: z.nullable(z.string()),
  }),
  'Address',
  'A postal address. Never part of the shared view.',
);
export type Address = z.infer<typeof Address>;
