import * as z from 'zod/mini';
import { Money } from './money.ts';
import { named } from './schema-meta.ts';
import { LineItemKind } from './statuses.ts';

export const LineItem = /* @__PURE__ */ named(
  z.object({
    id: z.string(),
    title: z.string(),
    variant: z.nullable(z.string()),
    sku: z.nullable(z.string()),
    quantity: /* @__PURE__ */ z.int().check(z.gte(1)),
    unitPrice: Money,
    kind: LineItemKind,
    imageUrl: z.nullable(z.string()),
    /** Digital items: the download link, present only once paid. */
    downloadUrl: z.nullable(z.string()),
    /** Gift cards: the code, present only once paid. */
    giftCardCode: z.nullable(z.string()),
  }),
  'LineItem',
  'One line of an order. Digital items carry a download link and gift cards a code, once paid.',
);
export type LineItem = z.infer<typeof LineItem>;

/** A quantity of one line item, as carried by a shipment or a return. */
export const LineItemQuantity = /* @__PURE__ */ named(
  z.object({ lineItemId: z.string(), quantity: /* @__PURE__ */ z.int().check(z.gte(1)) }),
  'LineItemQuantity',
  'A quantity of one line item.',
);
export type LineItemQuantity = z.infer<typeof LineItemQuantity>;
