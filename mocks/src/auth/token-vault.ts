/** What a token grants: one order, until a moment. */
export interface TokenGrant {
  orderId: string;
  expiresAt: number;
}

export type TokenCheck =
  | { ok: true; orderId: string }
  | { ok: false; code: 'unauthorized' | 'token_expired' };

/** Tokens are 43 characters of base64url; anything much longer is not one of ours. */
const MAX_TOKEN_LENGTH = 128;

/**
 * Short-lived bearer tokens, each scoped to one order. A token is 32 random bytes from
 * crypto.getRandomValues (never the seeded PRNG: tokens must not be predictable).
 */
export class TokenVault {
  private grants = new Map<string, TokenGrant>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: { ttlMs: number; now: () => number }) {
    this.ttlMs = options.ttlMs;
    this.now = options.now;
  }

  issue(orderId: string): { token: string; expiresAt: number } {
    this.sweep();
    const bytes = new Uint8Array(32);
    crypto.getRandomValues(bytes);
    const token = base64url(bytes);
    const expiresAt = this.now() + this.ttlMs;
    this.grants.set(token, { orderId, expiresAt });
    return { token, expiresAt };
  }

  check(token: string): TokenCheck {
    if (!token || token.length > MAX_TOKEN_LENGTH) return { ok: false, code: 'unauthorized' };
    const grant = this.grants.get(token);
    if (!grant) return { ok: false, code: 'unauthorized' };
    if (this.now() >= grant.expiresAt) return { ok: false, code: 'token_expired' };
    return { ok: true, orderId: grant.orderId };
  }

  clear(): void {
    this.grants.clear();
  }

  /**
   * Forgets tokens expired for a long while, so the vault does not grow forever, while
   * recently expired ones still answer token_expired (which tells a client to look up again).
   */
  private sweep(): void {
    const forgetBefore = this.now() - 24 * 3_600_000;
    for (const [token, grant] of this.grants) if (grant.expiresAt < forgetBefore) this.grants.delete(token);
  }
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
