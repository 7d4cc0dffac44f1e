import * as z from 'zod/mini';
import { named } from './schema-meta.ts';

export const Carrier = /* @__PURE__ */ named(
  z.object({
    code: z.string(),
    name: z.string(),
    /** A supported carrier reports live statuses; an unsupported one only has a tracking link. */
    supported: z.boolean(),
  }),
  'Carrier',
  'A shipping carrier. Unsupported carriers give no live status: the shopper gets the tracking link.',
);
export type Carrier = z.infer<typeof Carrier>;
