import { ContextConsumer } from '@lit/context';
import { createSuiviClient, type SuiviClient } from '@suivi/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clientContext } from './client-context.ts';

/** An element that talks to the API: a client given to it, or a base URL to make one from. */
export interface ApiHost extends ReactiveControllerHost, HTMLElement {
  client: SuiviClient | undefined;
  baseUrl: string | undefined;
}

/**
 * Finds the SDK client an element uses, in the order a page author expects: the `client`
 * property, else one made from `base-url` (kept while the URL stays the same), else the one an
 * enclosing `<suivi-order-status>` provides through context. The host re-renders when a provider
 * gives it one later.
 */
export class SdkClientController implements ReactiveController {
  private readonly host: ApiHost;
  private readonly provided: ContextConsumer<typeof clientContext, ApiHost>;
  private own: { baseUrl: string; client: SuiviClient } | undefined;

  constructor(host: ApiHost) {
    this.host = host;
    host.addController(this);
    this.provided = new ContextConsumer(host, { context: clientContext, subscribe: true });
  }

  /** The client to use, or undefined while there is none (the element then waits). */
  get client(): SuiviClient | undefined {
    if (this.host.client) return this.host.client;
    if (this.host.baseUrl) {
      if (this.own?.baseUrl !== this.host.baseUrl) this.own = { baseUrl: this.host.baseUrl, client: createSuiviClient({ baseUrl: this.host.baseUrl }) };
      return this.own.client;
    }
    return this.provided.value;
  }

  hostConnected(): void {}
}
