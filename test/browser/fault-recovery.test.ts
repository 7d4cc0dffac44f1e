/**
 * Every component against the mock's fault switch (`api.faults`), as a person meets a failing
 * shop: a clear message that is never "not found" for a network fault, what they typed or chose
 * kept, and the component recovering by itself or on "Try again" once the API is back, without a
 * write acting twice. Each test counts the requests made while faults were injected and the file
 * prints the figures at the end.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unshippedQuantities, type Order } from '@suivi/model';
import type { SuiviNotificationPreferences, SuiviOrderLookup, SuiviSharedOrder } from '@suivi/components';
import { createSuiviClient } from '@suivi/sdk';
import '@suivi/components/define/order-lookup';
import '@suivi/components/define/notification-preferences';
import '@suivi/components/define/shared-order';
import '@suivi/components/define/order-admin';
import '@suivi/components/define/order-detail';
import { api, useMockApi, worker } from './support/mock-api.ts';
import { API_BASE_URL, button, control, openOrder, press, sessionFor, shadowOf, showcase, textOf, toolOf, typeInto } from './support/shopper.ts';

useMockApi();

/** Requests seen by the worker per component, and how many of them a fault answered. */
const figures = new Map<string, { requests: number; faulted: number }>();

/** Counts the API requests made during `run` (the faults the switch injected among them) under `name`. */
async function counted(name: string, run: () => Promise<void>): Promise<void> {
  let requests = 0;
  const onRequest = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.startsWith('/api/')) requests++;
  };
  worker.events.on('request:start', onRequest);
  const injectedBefore = api.faults.injected;
  try {
    await run();
  } finally {
    worker.events.removeListener('request:start', onRequest);
    const entry = figures.get(name) ?? { requests: 0, faulted: 0 };
    figures.set(name, { requests: entry.requests + requests, faulted: entry.faulted + api.faults.injected - injectedBefore });
  }
}

after(() => {
  const total = [...figures.values()].reduce((sum, entry) => ({ requests: sum.requests + entry.requests, faulted: sum.faulted + entry.faulted }), { requests: 0, faulted: 0 });
  const lines = [...figures].map(([name, entry]) => `  ${name}: ${entry.requests} requests, ${entry.faulted} answered by a fault`);
  console.log(`Fault recovery: ${total.requests} requests under fault injection, ${total.faulted} faults injected\n${lines.join('\n')}`);
});

function alertOf(root: ShadowRoot): string {
  return textOf(root.querySelector('[role="alert"]'));
}

describe('fault recovery', () => {
  it('<suivi-order-lookup>: 503, then a dropped connection, keep the values; Try again finds the order once the API is back', async () => {
    await counted('order-lookup', async () => {
      const { email } = showcase('#1001');
      api.faults.add({ match: { method: 'POST', path: '/v1/lookup' }, fault: { kind: 'unavailable', retryAfterSeconds: 0 }, times: 1 });
      api.faults.add({ match: { method: 'POST', path: '/v1/lookup' }, fault: { kind: 'drop' }, times: 1 });
      const el = await fixture<SuiviOrderLookup>(html`<suivi-order-lookup lang="en" base-url=${API_BASE_URL}></suivi-order-lookup>`);
      const root = el.shadowRoot!;
      control(root, 'Order number').focus();
      await sendKeys({ type: '1001' });
      control(root, 'E-mail address').focus();
      await sendKeys({ type: email });
      await sendKeys({ press: 'Enter' });
      const unavailable = 'The order service is unavailable right now. Your details are kept — try again.';
      await waitUntil(() => alertOf(root) === unavailable, 'no 503 message', { timeout: 8000 });
      expect(alertOf(root)).not.to.match(/not found|no order/i);
      // The lookup is never retried behind the shopper's back (it counts against the rate limit): "Try again" does it.
      await waitUntil(() => button(root, 'Try again').getAttribute('aria-disabled') !== 'true', 'Try again stays inactive', { timeout: 4000 });
      await press(button(root, 'Try again'), 'Enter');
      await waitUntil(() => alertOf(root) === unavailable && api.faults.list().length === 0, 'the dropped connection was not said', { timeout: 8000 });
      expect(control(root, 'Order number').value).to.equal('1001');
      expect(control(root, 'E-mail address').value).to.equal(email);

      const found = new Promise((resolve) => el.addEventListener('suivi-order-found', resolve, { once: true }));
      await waitUntil(() => button(root, 'Try again').getAttribute('aria-disabled') !== 'true', 'Try again stays inactive', { timeout: 4000 });
      await press(button(root, 'Try again'), 'Enter');
      await found;
    });
  });

  it('<suivi-order-status>: the live stream drops, says "Reconnecting…", comes back live and shows the change it missed', async () => {
    await counted('order-status (live stream)', async () => {
      const events = '/v1/orders/:orderId/events';
      // The first connection breaks after its first event; the first reconnection meets a 503.
      api.faults.add({ match: { method: 'GET', path: events }, fault: { kind: 'stream_drop', afterEvents: 1 }, times: 1 });
      api.faults.add({ match: { method: 'GET', path: events }, fault: { kind: 'unavailable', retryAfterSeconds: 1 }, times: 1 });
      const page = await openOrder('#1001');
      const live = () => textOf(page.shadowRoot!.querySelector('[part="live"]'));
      await waitUntil(() => live() === 'Reconnecting…', 'never said it was reconnecting', { timeout: 8000 });
      const timeline = () => textOf(shadowOf(page.shadowRoot!, 'suivi-order-timeline'));
      const before = timeline();
      // Two carrier scans while the page is not listening: out for delivery.
      api.clock.advance(2);
      await waitUntil(() => live() === 'Live updates on', 'never came back live', { timeout: 10000 });
      await waitUntil(() => timeline() !== before, 'the missed change never showed', { timeout: 8000 });
      expect(timeline()).to.contain('Out for delivery');
    });
  });

  it('<suivi-return-request>: 500s keep the form as typed; Try again sends the same Idempotency-Key and files one return', async () => {
    await counted('return-request', async () => {
      const { order } = showcase('#1003');
      const page = await openOrder('#1003');
      const root = await toolOf(page, 'suivi-return-request');
      await waitUntil(() => root.querySelector('form'), 'no return form');
      const item = order.lineItems[0]!;
      const quantity = control(root, `${item.variant ? `${item.title} (${item.variant})` : item.title}, quantity to return`);
      await typeInto(quantity, '1');
      const reason = control<HTMLSelectElement>(root, 'Reason');
      reason.focus();
      await sendKeys({ type: 'Too small' });
      await typeInto(control<HTMLTextAreaElement>(root, 'Tell us more (optional)'), 'One size up');
      const keys: string[] = [];
      const onRequest = ({ request }: { request: Request }) => {
        if (request.method === 'POST' && request.url.endsWith('/returns')) keys.push(request.headers.get('idempotency-key') ?? '');
      };
      worker.events.on('request:start', onRequest);

      // More 500s than the SDK retries: the request fails.
      api.faults.add({ match: { method: 'POST', path: '/v1/orders/:orderId/returns' }, fault: { kind: 'server_error' }, times: 3 });
      await press(button(root, 'Request return'), 'Enter');
      await waitUntil(() => textOf(root.querySelector('[role="alert"].shown')), 'no failure shown', { timeout: 10000 });
      expect(textOf(root.querySelector('[role="alert"].shown'))).to.equal('Your return request could not be sent. Nothing was lost: check your connection and try again.');
      expect(quantity.value).to.equal('1');
      expect(reason.value).to.equal('too_small');
      expect(control<HTMLTextAreaElement>(root, 'Tell us more (optional)').value).to.equal('One size up');

      api.faults.clear();
      await press(button(root, 'Request return'), 'Enter');
      await waitUntil(() => textOf(root.querySelector('[part="status"]')).startsWith('Return requested for'), 'no confirmation', { timeout: 8000 });
      worker.events.removeListener('request:start', onRequest);
      expect(keys.length).to.be.greaterThan(1);
      expect(new Set(keys).size).to.equal(1, 'every attempt at this request named by one key');
      expect(api.store.getByNumber('#1003')!.returns).to.have.length(1, 'one return, not two');
      expect(root.querySelectorAll('[part="return"]')).to.have.length(1);
    });
  });

  it('<suivi-notification-preferences>: a failed save puts the switch back with a message; flipping it again once the API is back saves it', async () => {
    await counted('notification-preferences', async () => {
      const session = await sessionFor('#1002');
      const el = await fixture<SuiviNotificationPreferences>(html`<suivi-notification-preferences lang="en" .access=${session} base-url=${API_BASE_URL}></suivi-notification-preferences>`);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[role="switch"]'), 'the switches never showed');
      // Every save fails until the API is back.
      api.faults.add({ match: { method: 'PUT', path: '/v1/orders/:orderId/notifications' }, fault: { kind: 'server_error' } });
      const sms = control(root, /^SMS updates to/);
      sms.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => textOf(root.querySelector('[role="alert"].shown')), 'no alert', { timeout: 10000 });
      expect(textOf(root.querySelector('[role="alert"].shown'))).to.equal('Your choice could not be saved, so it is back as it was. Check your connection and try again.');
      expect(sms.checked).to.equal(false);
      expect(api.store.getById(session.orderId)!.notifications.sms).to.equal(false);

      api.faults.clear();
      sms.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => textOf(root.querySelector('[role="status"]')) === 'Saved: you will get SMS updates.', 'not saved on retry', { timeout: 8000 });
      expect(sms.checked).to.equal(true);
      expect(api.store.getById(session.orderId)!.notifications.sms).to.equal(true);
    });
  });

  it('<suivi-shared-order>: an answer outside the contract says it cannot be shown (not that the link is dead), and Try again shows the order', async () => {
    await counted('shared-order', async () => {
      const session = await sessionFor('#1001');
      const link = await createSuiviClient({ baseUrl: API_BASE_URL }).createShareLink(session);
      api.faults.add({ match: { method: 'GET', path: '/v1/share-links/:shareToken' }, fault: { kind: 'schema_mismatch', path: 'orderNumber', value: 42 } });
      const el = await fixture<SuiviSharedOrder>(html`<suivi-shared-order lang="en" base-url=${API_BASE_URL} token=${link.token}></suivi-shared-order>`);
      const root = el.shadowRoot!;
      const heading = () => textOf(root.querySelector('h1, h2, [role="heading"]'));
      await waitUntil(() => heading() === 'The order cannot be shown right now', 'no failure', { timeout: 10000 });
      expect(textOf(root)).not.to.contain('This link does not work');
      api.faults.clear();
      await press(button(root, 'Try again'), 'Enter');
      await waitUntil(() => heading() === 'Order #1001', 'the order never came', { timeout: 8000 });
    });
  });

  it('<suivi-order-admin>: a list that times out says so (never "No orders"), and Try again loads it', async () => {
    await counted('order-admin (list)', async () => {
      api.faults.add({ match: { method: 'GET', path: '/v1/admin/orders' }, fault: { kind: 'drop' } });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-order-admin base-url=${API_BASE_URL} admin-key=${api.adminKey}></suivi-order-admin></div>`);
      const admin = wrapper.querySelector('suivi-order-admin')!;
      await waitUntil(() => admin.shadowRoot!.querySelector('[role="alert"]'), 'no error', { timeout: 15000 });
      expect(textOf(admin.shadowRoot!.querySelector('[role="alert"]'))).to.contain('The orders could not be loaded.');
      const table = admin.shadowRoot!.querySelector('suivi-order-table')!.shadowRoot!;
      expect(textOf(table)).not.to.contain('No orders');
      api.faults.clear();
      await press(button(admin.shadowRoot!, 'Try again'), 'Enter');
      await waitUntil(() => table.querySelector('.body [data-order-id]'), 'not loaded on retry', { timeout: 10000 });
    });
  });

  it('<suivi-order-detail>: marking shipped under a 503 is retried with the same key: one shipment, one e-mail', async () => {
    await counted('order-detail (fulfil)', async () => {
      const order = api.store
        .all()
        .find((candidate: Order) => candidate.state === 'open' && candidate.payment.status === 'paid' && !candidate.fulfillmentHold && candidate.shipments.length === 0 && unshippedQuantities(candidate).size > 0)!;
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
        <suivi-order-detail order-id=${order.id} base-url=${API_BASE_URL} admin-key=${api.adminKey} undo-seconds="1"></suivi-order-detail>
      </div>`);
      const root = wrapper.querySelector('suivi-order-detail')!.shadowRoot!;
      await waitUntil(() => root.querySelector('h2'), 'the order did not load');
      const keys: string[] = [];
      const onRequest = ({ request }: { request: Request }) => {
        if (request.method === 'POST' && request.url.includes('/actions/')) keys.push(request.headers.get('idempotency-key') ?? '');
      };
      worker.events.on('request:start', onRequest);
      api.faults.add({ match: { method: 'POST', path: '/v1/admin/orders/:orderId/actions/*' }, fault: { kind: 'unavailable', retryAfterSeconds: 0 }, times: 1 });
      await press(root.querySelector<HTMLButtonElement>('[data-action="fulfill"]')!, 'Enter');
      await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
      await typeInto(control(root, 'Tracking number (optional)'), '6A12345678901');
      await press(button(root, 'Mark as shipped'), 'Enter');
      await waitUntil(() => api.store.getById(order.id)!.shipments.length === 1, 'never shipped', { timeout: 10000 });
      await waitUntil(() => textOf(root.querySelector('.visually-hidden[role="status"]')).includes('was told'), 'no confirmation', { timeout: 5000 });
      worker.events.removeListener('request:start', onRequest);
      expect(keys.length).to.equal(2, 'the 503, then its retry');
      expect(new Set(keys).size).to.equal(1, 'the same Idempotency-Key both times');
      expect(api.store.getById(order.id)!.shipments).to.have.length(1);
      expect(api.store.outbox.forOrder(order.id).filter((message) => message.channel === 'email' && message.recipient === order.customer.email)).to.have.length(1);
    });
  });
});
