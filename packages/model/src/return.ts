import * as z from 'zod/mini';
import { LineItemQuantity } from './line-item.ts';
import { Timestamp, named } from './schema-meta.ts';
import { ReturnStatus } from './statuses.ts';

export const ReturnRequest = /* @__PURE__ */ named(
  z.object({
    id: z.string(),
    requestedAt: Timestamp,
    status: ReturnStatus,
    items: z.array(LineItemQuantity),
    reason: z.string(),
    declineReason: z.nullable(z.string()),
  }),
  'Return',
  'A return the shopper asked for on delivered items.',
);
export type ReturnRequest = z.infer<typeof ReturnRequest>;
