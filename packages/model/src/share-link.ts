import * as z from 'zod/mini';
import { strictBody } from './admin-request-body.ts';
import { Timestamp, named } from './schema-meta.ts';
import { SharedOrderView } from './views.ts';

/** How long a share link works unless the shopper chooses otherwise. */
export const DEFAULT_SHARE_LINK_DAYS = 7;
/** The longest a share link may live: it shows the order's progress to whoever holds it. */
export const MAX_SHARE_LINK_DAYS = 30;

/** POST /v1/orders/{orderId}/share-links (the body is optional). */
export const CreateShareLinkRequest = /* @__PURE__ */ named(
  strictBody({
    expiresInDays: z.optional(/* @__PURE__ */ z.int().check(z.gte(1, 'At least 1 day'), z.lte(MAX_SHARE_LINK_DAYS, `At most ${MAX_SHARE_LINK_DAYS} days`))),
  }),
  'CreateShareLinkRequest',
  `How long the link works, in days (default ${DEFAULT_SHARE_LINK_DAYS}).`,
);
export type CreateShareLinkRequest = z.infer<typeof CreateShareLinkRequest>;

/**
 * A link that shows the order's progress (the shared view) to whoever opens it. Its token is 256
 * random bits in base64url: it is the only credential, so it sits in the link's path, which is
 * what a share link is for. The shopper's own access token never does.
 */
export const ShareLink = /* @__PURE__ */ named(
  z.object({
    /** Names the link for listing and revoking; not a credential. */
    id: z.string(),
    token: /* @__PURE__ */ z.string().check(z.regex(/^[A-Za-z0-9_-]{22,}$/, 'Expected a base64url token of at least 128 bits')),
    /** The page that opens the link, ready to copy. */
    url: z.string(),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    /** When the shopper stopped sharing; null while it works (or until it expires). */
    revokedAt: z.nullable(Timestamp),
  }),
  'ShareLink',
  "A link to the order's shared view: who holds it sees progress and items, nothing personal.",
);
export type ShareLink = z.infer<typeof ShareLink>;

export const ShareLinkList = /* @__PURE__ */ named(
  z.object({ links: z.array(ShareLink) }),
  'ShareLinkList',
  "The order's share links that were not revoked, newest first (expired ones included, to say so).",
);
export type ShareLinkList = z.infer<typeof ShareLinkList>;

/** Whether a link still opens the order at `now` (epoch ms). */
export function isShareLinkActive(link: Pick<ShareLink, 'expiresAt' | 'revokedAt'>, now: number): boolean {
  return link.revokedAt === null && now < Date.parse(link.expiresAt);
}

/** Name of the server-sent event carrying a SharedOrderEvent. */
export const SHARED_ORDER_EVENT_NAME = 'shared-order';

/**
 * A server-sent event on /v1/share-links/{token}/events. Its SSE `id` is the order's version, as
 * on the shopper's own stream, so a reconnect only gets the order again if it moved on.
 */
export const SharedOrderEvent = /* @__PURE__ */ named(
  z.object({ version: z.int(), at: Timestamp, order: SharedOrderView }),
  'SharedOrderEvent',
  'The shared view after a change.',
);
export type SharedOrderEvent = z.infer<typeof SharedOrderEvent>;
