/**
 * Proves the browser test pipeline itself: TypeScript with Lit's legacy decorators compiles,
 * @open-wc fixtures render, axe runs, real key presses reach an input, and the MSW worker
 * (served from /mockServiceWorker.js) answers fetches. If this file fails, every component test
 * would fail for the same reason; it is the first place to look.
 */
import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { ApiError, LookupResponse, paths } from '@suivi/model';
import { api, useMockApi, worker } from './support/mock-api.ts';

/** A tiny element that uses both decorator kinds the components use. */
@customElement('smoke-greeting')
class SmokeGreeting extends LitElement {
  /** Whom to greet; an attribute, to prove @property wiring under legacy decorators. */
  @property() name = 'world';

  /** What has been typed so far, to prove @state re-renders. */
  @state() private typed = '';

  override render() {
    return html`
      <main>
        <h1>Hello, ${this.name}</h1>
        <label for="echo">Echo</label>
        <input id="echo" .value=${this.typed} @input=${(event: Event) => (this.typed = (event.target as HTMLInputElement).value)} />
        <output for="echo">${this.typed}</output>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'smoke-greeting': SmokeGreeting;
  }
}

describe('browser test pipeline', () => {
  it('renders a Lit element whose decorated property comes from its attribute', async () => {
    const element = await fixture<SmokeGreeting>(html`<smoke-greeting name="Camille"></smoke-greeting>`);
    expect(element.name).to.equal('Camille');
    expect(element.shadowRoot!.querySelector('h1')!.textContent).to.equal('Hello, Camille');
  });

  it('runs axe on the rendered element', async () => {
    const element = await fixture<SmokeGreeting>(html`<smoke-greeting></smoke-greeting>`);
    await expect(element).to.be.accessible();
  });

  it('reports an axe violation when there is one, so the check can fail', async () => {
    const unlabeled = await fixture<HTMLElement>(html`<div><input type="text" /></div>`);
    let failure: unknown;
    try {
      await expect(unlabeled).to.be.accessible();
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).to.contain('label');
  });

  it('types with real key presses through @web/test-runner-commands', async () => {
    const element = await fixture<SmokeGreeting>(html`<smoke-greeting></smoke-greeting>`);
    element.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: '#1001' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('output')!.textContent).to.equal('#1001');
  });
});

describe('mock API in the browser (MSW worker)', () => {
  useMockApi();

  const lookup = (body: unknown) =>
    fetch(`/api${paths.lookup}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('answers a lookup of a showcase order with a token and the order', async () => {
    const [first] = api.showcase;
    const response = await lookup({ orderNumber: first!.orderNumber, email: first!.email });
    expect(response.status).to.equal(200);
    const body = z.parse(LookupResponse, await response.json());
    expect(body.order.orderNumber).to.equal(first!.orderNumber);
    expect(body.token).to.be.a('string').and.not.be.empty;
  });

  it('lets a test replace a handler with worker.use()', async () => {
    worker.use(http.post(`/api${paths.lookup}`, () => HttpResponse.json({ code: 'unavailable', message: 'Down for a test' }, { status: 503 })));
    const response = await lookup({ orderNumber: '#1001', email: 'nobody@example.com' });
    expect(response.status).to.equal(503);
    expect(z.parse(ApiError, await response.json()).code).to.equal('unavailable');
  });

  it('is back to the real handlers in the next test', async () => {
    const response = await lookup({ orderNumber: '#1001', email: 'nobody@example.com' });
    expect(response.status).to.equal(404);
  });
});
