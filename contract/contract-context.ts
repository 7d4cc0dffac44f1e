import { AdminOrderList, LookupResponse, adminPaths, paths } from '@suivi/model';
import { ContractFailure } from './contract-failure.ts';
import type { ContractHttp } from './contract-http.ts';
import { expectOkJson, expectShape } from './expectations.ts';

/** What the suite is pointed at. */
export interface ContractOptions {
  /** The API base URL, e.g. http://127.0.0.1:4010/api (paths such as /v1/lookup go after it). */
  baseUrl: string;
  /** Enables the admin checks that need to get in (shapes, the admin key refused on customer routes). */
  adminKey?: string;
  /** An order that exists, and the e-mail that opens it. The run locks it for a while (the rate-limit check). */
  orderNumber: string;
  email: string;
  /** Per request. */
  timeoutMs: number;
  /** The most failed lookups the rate-limit check sends before it decides there is no limit. */
  maxLockAttempts: number;
}

/** The mock's showcase order #1001 and its e-mail: the defaults, so the suite runs against the mock as it is. */
export const MOCK_SHOWCASE_ORDER = { orderNumber: '#1001', email: 'camille.martin@example.fr' } as const;

/**
 * What the checks share: the HTTP client, the options, and the shopper's session (one lookup,
 * made when a check first needs it; if it fails, every check that needs it fails saying so).
 */
export class ContractContext {
  readonly http: ContractHttp;
  readonly options: ContractOptions;
  #session: Promise<LookupResponse> | undefined;
  #otherOrderId: Promise<string | null> | undefined;

  constructor(http: ContractHttp, options: ContractOptions) {
    this.http = http;
    this.options = options;
  }

  /** A verified lookup of the known order: its token and the order. */
  session(): Promise<LookupResponse> {
    this.#session ??= (async () => {
      const { orderNumber, email } = this.options;
      const answer = await this.http.request(paths.lookup, { method: 'POST', body: { orderNumber, email } });
      if (answer.status !== 200) {
        throw new ContractFailure(`needs a lookup of ${orderNumber} with ${email}, which answered HTTP ${answer.status} (pass --order-number and --email of an order on this backend)`);
      }
      return expectShape(LookupResponse, expectOkJson(answer, 200, 'POST /v1/lookup'), 'The lookup answer');
    })();
    return this.#session;
  }

  /** The id of an order other than the looked-up one, from the admin list; null without an admin key. */
  otherOrderId(): Promise<string | null> {
    this.#otherOrderId ??= (async () => {
      if (!this.options.adminKey) return null;
      const own = (await this.session()).order.id;
      const answer = await this.http.request(`${adminPaths.orders}?limit=5`, { headers: this.adminAuth() });
      const list = expectShape(AdminOrderList, expectOkJson(answer, 200, 'GET /v1/admin/orders'), 'The admin list');
      return list.items.find((row) => row.id !== own)?.id ?? null;
    })();
    return this.#otherOrderId;
  }

  adminAuth(): Record<string, string> {
    if (!this.options.adminKey) throw new ContractFailure('needs --admin-key');
    return bearer(this.options.adminKey);
  }
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
