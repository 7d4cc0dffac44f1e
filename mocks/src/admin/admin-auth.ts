import type { TokenVault } from '../auth/token-vault.ts';
import { apiErrorResponse } from '../http/api-responses.ts';
import { constantTimeEquals } from '../http/lookup-handler.ts';
import { bearerTokenOf } from '../http/request-reading.ts';

export const DEFAULT_ADMIN_KEY = 'suivi-demo-admin-key';

/** What `Authorization: Bearer` can carry (RFC 6750 token68). */
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Throws on an admin key that could never be sent as a bearer token. */
export function checkAdminKey(key: string): string {
  if (key.length < 8 || key.length > 512 || !TOKEN68.test(key)) {
    throw new Error('adminKey must be 8 to 512 characters of A-Z a-z 0-9 - . _ ~ + / (a bearer token)');
  }
  return key;
}

const ADMIN_CHALLENGE = { 'www-authenticate': 'Bearer realm="suivi-admin"' };

/**
 * Lets a request into the admin API only with the admin key. No key or an unknown one is 401; a
 * shopper's order token is 403: it is a valid credential, just not one that opens the back office.
 */
export function refuseUnlessAdmin(request: Request, adminKey: string, tokens: TokenVault): Response | null {
  const token = bearerTokenOf(request);
  if (!token) {
    return apiErrorResponse(401, 'unauthorized', 'This needs the admin key: Authorization: Bearer <admin key>.', { headers: ADMIN_CHALLENGE });
  }
  if (constantTimeEquals(token, adminKey)) return null;
  const check = tokens.check(token);
  if (check.ok || check.code === 'token_expired') {
    return apiErrorResponse(403, 'forbidden', 'A customer access token cannot use the admin API.');
  }
  return apiErrorResponse(401, 'unauthorized', 'The admin key is not valid.', { headers: ADMIN_CHALLENGE });
}

/**
 * Customer routes answer a shopper's token scoped to one order. The admin key is refused there
 * (403) rather than treated as a master key: staff read orders through the admin API, which
 * shows them as staff see them, and a leaked customer page never runs with admin rights.
 */
export function refuseAdminKeyOnCustomerRoute(request: Request, adminKey: string): Response | null {
  const token = bearerTokenOf(request);
  if (!token || !constantTimeEquals(token, adminKey)) return null;
  return apiErrorResponse(403, 'forbidden', 'The admin key does not open customer routes; use the admin API.');
}
