import { isShareLinkActive, type ShareLink } from '@suivi/model';

/** A share link as the mock keeps it: the link, and the order it opens (never part of what it shows). */
export interface ShareLinkRecord {
  link: ShareLink;
  orderId: string;
}

/** What a listener hears: a link was created, revoked or expired early (so open shared pages can close). */
export type ShareLinkChange = { type: 'created' | 'revoked' | 'expired'; record: ShareLinkRecord } | { type: 'cleared' };
export type ShareLinkListener = (change: ShareLinkChange) => void;

/** What opening a share token finds. */
export type ShareLinkLookup = { state: 'active'; record: ShareLinkRecord } | { state: 'expired'; record: ShareLinkRecord } | { state: 'unknown' };

/** Share tokens are 43 characters of base64url; anything much longer is not one of ours. */
const MAX_TOKEN_LENGTH = 128;

/**
 * The share links the mock has handed out. A token is 32 bytes from crypto.getRandomValues (never
 * the seeded PRNG: a share token is a credential and must not be predictable); the link's id,
 * which only names it, is random too so ids do not say how many links exist.
 */
export class ShareLinkBook {
  private byToken = new Map<string, ShareLinkRecord>();
  private listeners = new Set<ShareLinkListener>();
  private readonly now: () => number;

  constructor(options: { now: () => number }) {
    this.now = options.now;
  }

  /** A new link to `orderId`, working for `days`; `url` turns its token into the address to share. */
  create(orderId: string, days: number, url: (token: string) => string): ShareLinkRecord {
    const token = randomBase64url(32);
    const createdAt = this.now();
    const record: ShareLinkRecord = {
      orderId,
      link: {
        id: `shl_${randomBase64url(9)}`,
        token,
        url: url(token),
        createdAt: new Date(createdAt).toISOString(),
        expiresAt: new Date(createdAt + days * 86_400_000).toISOString(),
        revokedAt: null,
      },
    };
    this.byToken.set(token, record);
    this.tell({ type: 'created', record });
    return record;
  }

  /** What a token opens now: an active link, an expired one (410), or nothing (unknown or revoked: 404 alike). */
  open(token: string): ShareLinkLookup {
    if (!token || token.length > MAX_TOKEN_LENGTH) return { state: 'unknown' };
    const record = this.byToken.get(token);
    if (!record || record.link.revokedAt !== null) return { state: 'unknown' };
    return isShareLinkActive(record.link, this.now()) ? { state: 'active', record } : { state: 'expired', record };
  }

  /** The order's links that were not revoked, newest first. */
  forOrder(orderId: string): ShareLink[] {
    return [...this.byToken.values()]
      .filter((record) => record.orderId === orderId && record.link.revokedAt === null)
      .map((record) => ({ ...record.link }))
      .reverse();
  }

  /** Revokes one of the order's links by id; null when the order has no such link (or it is revoked already). */
  revoke(orderId: string, linkId: string): ShareLink | null {
    for (const record of this.byToken.values()) {
      if (record.orderId !== orderId || record.link.id !== linkId || record.link.revokedAt !== null) continue;
      record.link = { ...record.link, revokedAt: new Date(this.now()).toISOString() };
      this.tell({ type: 'revoked', record });
      return { ...record.link };
    }
    return null;
  }

  /**
   * Makes links expire now, without waiting days: every link, or the one with `token`. For tests
   * and the demo (POST /__mock/share-links/expire). Returns how many links it changed.
   */
  expireNow(token?: string): number {
    const at = this.now();
    let changed = 0;
    for (const record of this.byToken.values()) {
      if (token !== undefined && record.link.token !== token) continue;
      if (!isShareLinkActive(record.link, at)) continue;
      // A millisecond before now, so the link is past its expiry at once.
      record.link = { ...record.link, expiresAt: new Date(at - 1).toISOString() };
      changed++;
      this.tell({ type: 'expired', record });
    }
    return changed;
  }

  /** Every link, for a page that keeps the mock's state across tabs (the demo); see `restore`. */
  snapshot(): ShareLinkRecord[] {
    return [...this.byToken.values()].map((record) => ({ orderId: record.orderId, link: { ...record.link } }));
  }

  /** Puts back links from `snapshot`; a link the book has already takes the snapshot's state (revoked or expired elsewhere). */
  restore(records: readonly ShareLinkRecord[]): void {
    for (const record of records) this.byToken.set(record.link.token, { orderId: record.orderId, link: { ...record.link } });
  }

  subscribe(listener: ShareLinkListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  clear(): void {
    this.byToken.clear();
    this.tell({ type: 'cleared' });
  }

  private tell(change: ShareLinkChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error('[suivi mocks] share link listener failed', error);
      }
    }
  }
}

function randomBase64url(byteCount: number): string {
  const bytes = new Uint8Array(byteCount);
  crypto.getRandomValues(bytes);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
