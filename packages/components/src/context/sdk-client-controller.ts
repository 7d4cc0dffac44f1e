import { ContextConsumer } from '@lit/context';
import type { SuiviClient, SuiviClientOptions } from '@suivi/sdk';
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
 *
 * From `base-url` it makes only the part of the client the element calls (`createPart`, e.g. the
 * SDK's createShareLinkClient), so the element's bundle holds only those requests and their
 * validators rather than the whole client's.
 */
export class SdkClientController<Part extends Partial<SuiviClient>> implements ReactiveController {
  private readonly host: ApiHost;
  private readonly createPart: (options: SuiviClientOptions) => Part;
  private readonly provided: ContextConsumer<typeof clientContext, ApiHost>;
  private own: { baseUrl: string; client: Part } | undefined;

  constructor(host: ApiHost, createPart: (options: SuiviClientOptions) => Part) {
    this.host = host;
    this.createPart = createPart;
    host.addController(this);
    this.provided = new ContextConsumer(host, { context: clientContext, subscribe: true });
  }

  /** The client to use, or undefined while there is none (the element then waits). */
  get client(): Part | SuiviClient | undefined {
    if (this.host.client) return this.host.client;
    if (this.host.baseUrl) {
      if (this.own?.baseUrl !== this.host.baseUrl) this.own = { baseUrl: this.host.baseUrl, client: this.createPart({ baseUrl: this.host.baseUrl }) };
      return this.own.client;
    }
    return this.provided.value;
  }

  hostConnected(): void {}
}
