import * as z from 'zod/mini';
import { Carrier } from './carrier.ts';
import { named } from './schema-meta.ts';

/** GET /v1/admin/carriers: the carriers an order can be fulfilled with, for the fulfil form. */
export const AdminCarrierList = /* @__PURE__ */ named(
  z.object({ carriers: z.array(Carrier) }),
  'AdminCarrierList',
  'Carriers the shop ships with. Supported ones report live statuses; the others only give a tracking link.',
);
export type AdminCarrierList = z.infer<typeof AdminCarrierList>;
