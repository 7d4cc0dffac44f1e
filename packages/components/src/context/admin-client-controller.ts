import { ContextConsumer } from '@lit/context';
import { createSuiviAdminClient, type SuiviAdminClient } from '@suivi/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adminClientContext } from './admin-client-context.ts';

/** An element that talks to the admin API: a client given to it, or a base URL and admin key to make one from. */
export interface AdminApiHost extends ReactiveControllerHost, HTMLElement {
  adminClient: SuiviAdminClient | undefined;
  baseUrl: string | undefined;
  adminKey: string | undefined;
}

/**
 * Finds the admin client an element uses: the `adminClient` property, else one made from
 * `base-url` and `admin-key` (kept while both stay the same), else the one an enclosing
 * `<suivi-order-admin>` provides. The host re-renders when a provider gives it one later.
 */
export class AdminClientController implements ReactiveController {
  private readonly host: AdminApiHost;
  private readonly provided: ContextConsumer<typeof adminClientContext, AdminApiHost>;
  private own: { key: string; client: SuiviAdminClient } | undefined;

  constructor(host: AdminApiHost) {
    this.host = host;
    host.addController(this);
    this.provided = new ContextConsumer(host, { context: adminClientContext, subscribe: true });
  }

  /** The client to use, or undefined while there is none (the element then waits). */
  get client(): SuiviAdminClient | undefined {
    if (this.host.adminClient) return this.host.adminClient;
    const { baseUrl, adminKey } = this.host;
    if (baseUrl && adminKey) {
      const key = `${baseUrl}\n${adminKey}`;
      if (this.own?.key !== key) this.own = { key, client: createSuiviAdminClient({ baseUrl, adminKey }) };
      return this.own.client;
    }
    return this.provided.value;
  }

  hostConnected(): void {}
}
