/**
 * Issue 6's fault matrix: every request a component makes, under every fault kind that applies to
 * it, driven through the browser as a person does (typing, keys), with the fault left on until the
 * test clears it. Each row checks that the person is told in words that the service is unavailable
 * (or that the page is reconnecting), never "not found", "no orders" or a blank widget, in an alert
 * or a live region; that what they typed or chose is still there; and that once the API is back the
 * component recovers by itself or on its "Try again", with exactly one effect for a write. Latency
 * rows check the waiting is shown and then the success without any retry. Any uncaught error or
 * unhandled rejection on the page fails the row.
 *
 * Rows not in the matrix, and why:
 * - respond_then_drop on reads and streams: it is a write's fault (the server acted, the answer was
 *   lost); on a GET it is the same as `drop`, which every read row has.
 * - stream_drop on plain JSON requests: the fault passes answers that are not streams unchanged.
 * - malformed_json and schema_mismatch on live streams bend the events, not the connection: the
 *   SDK treats a bad event as a broken stream (closes it, says "reconnecting", reopens from the
 *   last good event), so those rows check the reconnecting words and that, once the fault is
 *   cleared, the next change arrives. A stream that sends nothing on opening (the admin feed) is
 *   given a change to bend first (`provoke`).
 * - timeout applies everywhere: each element is given a client with an 800 ms timeout through its
 *   `client` (`adminClient`) property, the way a page sets one.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { Fault, FaultKind, FaultMatch } from '@suivi/mocks';
import type { CustomerOrderView } from '@suivi/model';
import { createSuiviAdminClient, createSuiviClient, type OrderSession } from '@suivi/sdk';
import '@suivi/components/define/order-lookup';
import '@suivi/components/define/return-request';
import '@suivi/components/define/notification-preferences';
import '@suivi/components/define/share-link';
import '@suivi/components/define/shared-order';
import '@suivi/components/define/order-admin';
import '@suivi/components/define/order-detail';
import { api, useMockApi, worker } from './support/mock-api.ts';
import { API_BASE_URL, button, control, press, sessionFor, shadowOf, showcase, textOf, typeInto } from './support/shopper.ts';

useMockApi();

/** Short pacing so a row takes a second or two: the SDK's retries and reconnections, and its own deadline. */
const FAST = { timeoutMs: 800, retry: { maxRetries: 2, baseDelayMs: 50, maxDelayMs: 400 } };
const customerClient = () => createSuiviClient({ baseUrl: API_BASE_URL, ...FAST });
const adminClient = () => createSuiviAdminClient({ baseUrl: API_BASE_URL, adminKey: api.adminKey, ...FAST });

/** Each fault kind as the rows play it: short latency, Retry-After 0, a stream that breaks before its first event. */
const FAULTS: Record<FaultKind, Fault> = {
  latency: { kind: 'latency', ms: 300 },
  timeout: { kind: 'timeout' },
  server_error: { kind: 'server_error' },
  unavailable: { kind: 'unavailable', retryAfterSeconds: 0 },
  drop: { kind: 'drop' },
  respond_then_drop: { kind: 'respond_then_drop' },
  malformed_json: { kind: 'malformed_json' },
  schema_mismatch: { kind: 'schema_mismatch' },
  stream_drop: { kind: 'stream_drop', afterEvents: 0 },
};

const READ_FAULTS: FaultKind[] = ['latency', 'timeout', 'server_error', 'unavailable', 'drop', 'malformed_json', 'schema_mismatch'];
const WRITE_FAULTS: FaultKind[] = [...READ_FAULTS, 'respond_then_drop'];
const STREAM_FAULTS: FaultKind[] = ['latency', 'timeout', 'server_error', 'unavailable', 'drop', 'stream_drop', 'malformed_json', 'schema_mismatch'];
/** Faults after which a write may have been done although the page got no answer it could read. */
const LOST_ANSWER_FAULTS: FaultKind[] = ['timeout', 'drop', 'respond_then_drop', 'malformed_json', 'schema_mismatch'];
/** Stream faults that bend events rather than the connection: the SDK closes the connection on the first (see the file's comment). */
const EVENT_FAULTS: FaultKind[] = ['malformed_json', 'schema_mismatch'];

/** What a row's element shows, as probes the matrix polls. */
interface Run {
  /** The words of the failure state when it shows in an alert or a live region, else ''. */
  failure(): string;
  /** Whether the waiting is shown and announced (aria-busy, a status message); absent where the element shows none (the admin list's live feed says only when it is down). */
  loading?(): boolean;
  /** Throws when what the person typed or chose is gone. */
  kept(): void;
  /** What the person does to try again once the API is back; absent when it recovers by itself. */
  retry?(): Promise<void>;
  /** Whether the success state shows. */
  done(): boolean;
  /** Throws unless the write acted exactly once (checked in the mock's store). */
  once?(): void;
  /** Everything the element shows, for the "never not found / never blank" checks. */
  text(): string;
  /** For streams: makes a change happen on the server, which the element must then show. */
  change?(): void | Promise<void>;
  /**
   * For streams that send nothing on opening: makes some other change under the fault, so a
   * stream that bends events has one to bend.
   */
  provoke?(): Promise<void>;
}

interface Scenario {
  component: string;
  request: string;
  match: FaultMatch;
  kinds: FaultKind[];
  /** A live stream: recovers by itself, and a bent event makes it reconnect. */
  stream?: boolean;
  /**
   * Write faults after which the write is done and the element finds that out by itself (a lost
   * answer it checks), so it shows the success without any failure or retry.
   */
  foundDespiteLostAnswer?: FaultKind[];
  /**
   * The words that say a write may already be done: required after a fault that lost or spoiled
   * the answer (LOST_ANSWER_FAULTS), refused after one where the server said it failed.
   */
  lostAnswerWords?: RegExp;
  /** Renders the element and does what the person does up to the request under fault. */
  start(): Promise<Run>;
}

const words = /unavailable|could not|try again|reconnecting|paused/i;
const wrongWords = /not found|no orders|does not work|couldn't find/i;

function alertText(root: ParentNode): string {
  return [...root.querySelectorAll('[role="alert"]')].map(textOf).filter(Boolean).join(' ');
}

/** Resolves once the mock has answered the next GET of a share-link list. */
function listAnswered(): Promise<void> {
  return new Promise((resolve) => {
    const onEnd = ({ request }: { request: Request }) => {
      if (request.method === 'GET' && /\/share-links$/.test(new URL(request.url).pathname)) {
        worker.events.removeListener('response:mocked', onEnd);
        resolve();
      }
    };
    worker.events.on('response:mocked', onEnd);
  });
}

/** A session for an order, and its view, made outside the element (the lookup has its own rows). */
async function shopperSession(orderNumber: string): Promise<OrderSession & { order: CustomerOrderView }> {
  return (await sessionFor(orderNumber)) as OrderSession & { order: CustomerOrderView };
}

const scenarios: Scenario[] = [
  {
    component: '<suivi-order-lookup>',
    request: 'submit',
    match: { method: 'POST', path: '/v1/lookup' },
    kinds: WRITE_FAULTS,
    async start() {
      const { email } = showcase('#1001');
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-order-lookup .client=${customerClient()}></suivi-order-lookup></div>`);
      const el = wrapper.firstElementChild as HTMLElement;
      const root = el.shadowRoot!;
      let found = 0;
      el.addEventListener('suivi-order-found', () => found++);
      control(root, 'Order number').focus();
      await sendKeys({ type: '1001' });
      control(root, 'E-mail address').focus();
      await sendKeys({ type: email });
      await sendKeys({ press: 'Enter' });
      return {
        failure: () => alertText(root),
        loading: () => textOf(root.querySelector('button[type="submit"]')) === 'Looking up your order…',
        kept: () => {
          expect(control(root, 'Order number').value).to.equal('1001');
          expect(control(root, 'E-mail address').value).to.equal(email);
        },
        retry: async () => {
          await waitUntil(() => root.querySelector('[part="retry"]'), 'no Try again');
          await press(button(root, 'Try again'), 'Enter');
        },
        done: () => found > 0,
        once: () => expect(found).to.equal(1),
        text: () => textOf(root),
      };
    },
  },
  {
    component: '<suivi-order-status>',
    request: 'live stream after the lookup',
    match: { method: 'GET', path: '/v1/orders/:orderId/events' },
    kinds: STREAM_FAULTS,
    stream: true,
    async start() {
      const { email } = showcase('#1001');
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-order-status .client=${customerClient()}></suivi-order-status></div>`);
      const page = wrapper.firstElementChild as HTMLElement;
      await waitUntil(() => shadowOf(page.shadowRoot!, 'suivi-order-lookup')?.querySelector('input'), 'the form never rendered');
      const form = shadowOf(page.shadowRoot!, 'suivi-order-lookup')!;
      control(form, 'Order number').focus();
      await sendKeys({ type: '1001' });
      control(form, 'E-mail address').focus();
      await sendKeys({ type: email });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => page.shadowRoot!.querySelector('[part="heading"]'), 'the order never showed', { timeout: 8000 });
      const live = () => textOf(page.shadowRoot!.querySelector('[part="live"][role="status"]'));
      const timeline = () => textOf(shadowOf(page.shadowRoot!, 'suivi-order-timeline'));
      const before = timeline();
      return {
        failure: () => (live() === 'Reconnecting…' ? live() : ''),
        loading: () => live() === 'Connecting to live updates…',
        kept: () => expect(textOf(page.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Order #1001'),
        done: () => live() === 'Live updates on' && timeline() !== before && timeline().includes('Out for delivery'),
        text: () => textOf(page.shadowRoot!.querySelector('[part="order"]')),
        // Two carrier scans: out for delivery.
        change: () => {
          api.clock.advance(2);
        },
      };
    },
  },
  {
    component: '<suivi-return-request>',
    request: 'file a return',
    match: { method: 'POST', path: '/v1/orders/:orderId/returns' },
    kinds: WRITE_FAULTS,
    // Filed but its answer lost or unreadable: the element reads the order again and confirms the return it finds there.
    foundDespiteLostAnswer: ['respond_then_drop', 'malformed_json', 'schema_mismatch'],
    // No answer and not filed (timeout, drop): it says the return may already be filed, and Try again files one.
    lostAnswerWords: /may already be filed/,
    async start() {
      const session = await shopperSession('#1003');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><suivi-return-request .order=${session.order} .access=${session} .client=${customerClient()}></suivi-return-request></div>`,
      );
      const root = (wrapper.firstElementChild as HTMLElement).shadowRoot!;
      await waitUntil(() => root.querySelector('form'), 'no return form');
      const item = session.order.lineItems[0]!;
      const itemTitle = item.variant ? `${item.title} (${item.variant})` : item.title;
      const quantityLabel = `${itemTitle}, quantity to return`;
      await typeInto(control(root, quantityLabel), '1');
      control<HTMLSelectElement>(root, 'Reason').focus();
      await sendKeys({ type: 'Too small' });
      await typeInto(control<HTMLTextAreaElement>(root, 'Tell us more (optional)'), 'One size up');
      await press(button(root, 'Request return'), 'Enter');
      return {
        failure: () => textOf(root.querySelector('[role="alert"].shown')),
        loading: () => textOf(root.querySelector('[role="status"]')) === 'Sending your request…' || root.querySelector('[part="submit"][aria-disabled="true"]') !== null,
        kept: () => {
          const filed = root.querySelector('[part="return"]');
          if (filed) {
            // Found filed after a lost answer: what was typed is the return now shown, and the form is cleared for the next one.
            expect(textOf(filed)).to.contain(`${itemTitle} × 1`);
            expect(textOf(filed)).to.contain('One size up');
            return;
          }
          expect(control(root, quantityLabel).value).to.equal('1');
          expect(control<HTMLSelectElement>(root, 'Reason').value).to.equal('too_small');
          expect(control<HTMLTextAreaElement>(root, 'Tell us more (optional)').value).to.equal('One size up');
        },
        retry: () => press(button(root, 'Request return'), 'Enter'),
        done: () => textOf(root.querySelector('[part="status"]')).startsWith('Return requested for'),
        once: () => {
          expect(api.store.getByNumber('#1003')!.returns).to.have.length(1, 'one return, not two');
          expect(root.querySelectorAll('[part="return"]')).to.have.length(1, 'the return is listed once');
          expect(textOf(root.querySelector('[part="return"]'))).to.contain(`${itemTitle} × 1`);
          expect(alertText(root), 'no failure beside the return').to.equal('');
        },
        text: () => textOf(root),
      };
    },
  },
  {
    component: '<suivi-notification-preferences>',
    request: 'save a switch',
    match: { method: 'PUT', path: '/v1/orders/:orderId/notifications' },
    kinds: WRITE_FAULTS,
    // Saved but its answer lost or unreadable: the element reads the choices again and confirms the save.
    foundDespiteLostAnswer: ['respond_then_drop', 'malformed_json', 'schema_mismatch'],
    // No answer and not saved (timeout, drop): it says it did not hear back, read the choices, and shows them.
    lostAnswerWords: /did not hear back/,
    async start() {
      const session = await shopperSession('#1002');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><suivi-notification-preferences .access=${session} .client=${customerClient()}></suivi-notification-preferences></div>`,
      );
      const root = (wrapper.firstElementChild as HTMLElement).shadowRoot!;
      await waitUntil(() => root.querySelector('[role="switch"]'), 'the switches never showed');
      const sms = () => control(root, /^SMS updates to/);
      sms().focus();
      await sendKeys({ press: 'Space' });
      return {
        failure: () => textOf(root.querySelector('[role="alert"].shown')),
        loading: () => root.querySelector('[part="card"][aria-busy="true"]') !== null,
        // A failed save puts the switch back as the server says it is; the e-mail choice is untouched.
        kept: () => {
          const saved = api.store.getById(session.orderId)!.notifications;
          expect(control(root, /^E-mail updates/).checked).to.equal(saved.email);
          expect(sms().checked, 'the SMS switch shows what is saved').to.equal(saved.sms);
        },
        retry: async () => {
          // The person flips it on again (the switch is back to off after the failure).
          if (sms().checked) return;
          sms().focus();
          await sendKeys({ press: 'Space' });
        },
        done: () => textOf(root.querySelector('[role="status"]')) === 'Saved: you will get SMS updates.' && sms().checked,
        once: () => {
          expect(api.store.getById(session.orderId)!.notifications.sms).to.equal(true);
          expect(textOf(root.querySelector('[role="status"]'))).to.equal('Saved: you will get SMS updates.');
          expect(sms().checked).to.equal(true);
        },
        text: () => textOf(root),
      };
    },
  },
  {
    component: '<suivi-share-link>',
    request: 'make a link',
    match: { method: 'POST', path: '/v1/orders/:orderId/share-links' },
    kinds: WRITE_FAULTS,
    // The link was made but its answer lost: the element reads its list again and shows the link rather than make a second.
    foundDespiteLostAnswer: ['respond_then_drop', 'malformed_json', 'schema_mismatch'],
    async start() {
      const session = await shopperSession('#1001');
      const listed = listAnswered();
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-share-link .access=${session} .client=${customerClient()}></suivi-share-link></div>`);
      const el = wrapper.firstElementChild as LitElement;
      const root = el.shadowRoot!;
      await listed;
      await el.updateComplete;
      // The person picks how long the link works, then makes it.
      const lifetime = () => control<HTMLSelectElement>(root, 'Link works for');
      lifetime().focus();
      await sendKeys({ type: '30' });
      expect(lifetime().value).to.equal('30');
      await press(button(root, 'Share progress'), 'Enter');
      return {
        failure: () => alertText(root),
        loading: () => textOf(root.querySelector('[part="status"]')) === 'Creating a link…',
        kept: () => expect(lifetime().value).to.equal('30'),
        retry: () => press(button(root, 'Share progress'), 'Enter'),
        done: () => root.querySelectorAll('[part="link"]').length === 1,
        once: () => {
          const links = api.shareLinks.forOrder(session.orderId);
          expect(links).to.have.length(1, 'one link, not two');
          expect(Date.parse(links[0]!.expiresAt) - Date.parse(links[0]!.createdAt)).to.equal(30 * 86_400_000, 'made with the lifetime chosen');
        },
        text: () => textOf(root),
      };
    },
  },
  {
    component: '<suivi-share-link>',
    // The answer lost and the list unreadable too, so the element cannot find the link by itself:
    // Try again must send the same Idempotency-Key and get that link back, not make a second.
    request: 'make a link, its answer and the list read both lost',
    match: { method: 'POST', path: '/v1/orders/:orderId/share-links' },
    kinds: ['respond_then_drop'],
    async start() {
      const session = await shopperSession('#1001');
      const listed = listAnswered();
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-share-link .access=${session} .client=${customerClient()}></suivi-share-link></div>`);
      const el = wrapper.firstElementChild as LitElement;
      const root = el.shadowRoot!;
      await listed;
      await el.updateComplete;
      api.faults.add({ match: { method: 'GET', path: '/v1/orders/:orderId/share-links' }, fault: FAULTS.drop });
      await press(button(root, 'Share progress'), 'Enter');
      return {
        failure: () => alertText(root),
        kept: () => expect(api.shareLinks.forOrder(session.orderId)).to.have.length(1, 'the lost answer made one link'),
        retry: () => press(button(root, 'Share progress'), 'Enter'),
        done: () => root.querySelectorAll('[part="link"]').length === 1,
        once: () => {
          const links = api.shareLinks.forOrder(session.orderId);
          expect(links).to.have.length(1, 'one link, not two');
          // The one shown is the one in the store: the shopper sees every live link.
          expect(root.querySelector<HTMLInputElement>('[part="link-url"]')!.value).to.contain(links[0]!.token);
        },
        text: () => textOf(root),
      };
    },
  },
  {
    component: '<suivi-share-link>',
    request: 'revoke a link',
    match: { method: 'DELETE', path: '/v1/orders/:orderId/share-links/:linkId' },
    kinds: WRITE_FAULTS,
    async start() {
      const session = await shopperSession('#1001');
      await createSuiviClient({ baseUrl: API_BASE_URL }).createShareLink(session);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-share-link .access=${session} .client=${customerClient()}></suivi-share-link></div>`);
      const root = (wrapper.firstElementChild as HTMLElement).shadowRoot!;
      await waitUntil(() => root.querySelector('[part="revoke-button"]'), 'the link never showed', { timeout: 5000 });
      await press(root.querySelector<HTMLButtonElement>('[part="revoke-button"]')!, 'Enter');
      return {
        failure: () => alertText(root),
        loading: () => root.querySelector('[part="revoke-button"][aria-disabled="true"]') !== null,
        kept: () => expect(root.querySelectorAll('[part="link"]')).to.have.length(1, 'the link is still listed'),
        retry: () => press(root.querySelector<HTMLButtonElement>('[part="revoke-button"]')!, 'Enter'),
        done: () => textOf(root.querySelector('[part="status"]')) === 'You stopped sharing: that link no longer opens your order.' && root.querySelectorAll('[part="link"]').length === 0,
        once: () => expect(api.shareLinks.forOrder(session.orderId)).to.have.length(0),
        text: () => textOf(root),
      };
    },
  },
  {
    component: '<suivi-shared-order>',
    request: 'open a link',
    match: { method: 'GET', path: '/v1/share-links/:shareToken' },
    kinds: READ_FAULTS,
    async start() {
      const link = await createSuiviClient({ baseUrl: API_BASE_URL }).createShareLink(await sessionFor('#1001'));
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-shared-order token=${link.token} .client=${customerClient()}></suivi-shared-order></div>`);
      const root = (wrapper.firstElementChild as HTMLElement).shadowRoot!;
      const heading = () => textOf(root.querySelector('[role="heading"]'));
      return {
        failure: () => alertText(root),
        loading: () => textOf(root.querySelector('[role="status"]')) === 'Opening the shared order…',
        kept: () => undefined,
        retry: () => press(button(root, 'Try again'), 'Enter'),
        done: () => heading() === 'Order #1001',
        text: () => textOf(root),
      };
    },
  },
  {
    component: '<suivi-shared-order>',
    request: 'live stream',
    match: { method: 'GET', path: '/v1/share-links/:shareToken/events' },
    kinds: STREAM_FAULTS,
    stream: true,
    async start() {
      const link = await createSuiviClient({ baseUrl: API_BASE_URL }).createShareLink(await sessionFor('#1001'));
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-shared-order token=${link.token} .client=${customerClient()}></suivi-shared-order></div>`);
      const root = (wrapper.firstElementChild as HTMLElement).shadowRoot!;
      await waitUntil(() => textOf(root.querySelector('[role="heading"]')) === 'Order #1001', 'the order never showed', { timeout: 5000 });
      const live = () => textOf(root.querySelector('[part="live"]'));
      const timeline = () => textOf(shadowOf(root, 'suivi-order-timeline'));
      const before = timeline();
      return {
        failure: () => (live() === 'Reconnecting…' ? live() : ''),
        loading: () => live() === 'Connecting to live updates…',
        kept: () => expect(textOf(root.querySelector('[role="heading"]'))).to.equal('Order #1001'),
        done: () => live() === 'Live updates on' && timeline() !== before && timeline().includes('Out for delivery'),
        text: () => textOf(root),
        change: () => {
          api.clock.advance(2);
        },
      };
    },
  },
  {
    component: '<suivi-order-admin> (server-mode <suivi-order-table>)',
    request: 'list',
    match: { method: 'GET', path: '/v1/admin/orders' },
    kinds: READ_FAULTS,
    async start() {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-order-admin .adminClient=${adminClient()}></suivi-order-admin></div>`);
      const admin = wrapper.firstElementChild as HTMLElement;
      await waitUntil(() => shadowOf(admin.shadowRoot!, 'suivi-order-table'), 'no table');
      const table = () => shadowOf(admin.shadowRoot!, 'suivi-order-table')!;
      return {
        failure: () => alertText(admin.shadowRoot!),
        loading: () => textOf(admin.shadowRoot!.querySelector('[part="status"] [role="status"]')) === 'Loading orders…',
        kept: () => undefined,
        retry: () => press(button(admin.shadowRoot!, 'Try again'), 'Enter'),
        done: () => table().querySelector('.body [data-order-id]') !== null && !alertText(admin.shadowRoot!),
        text: () => `${textOf(admin.shadowRoot!)} ${textOf(table())}`,
      };
    },
  },
  {
    component: '<suivi-order-admin> (server-mode <suivi-order-table>)',
    request: 'live stream',
    match: { method: 'GET', path: '/v1/admin/events' },
    kinds: STREAM_FAULTS,
    stream: true,
    async start() {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-order-admin .adminClient=${adminClient()}></suivi-order-admin></div>`);
      const admin = wrapper.firstElementChild as HTMLElement;
      await waitUntil(() => shadowOf(admin.shadowRoot!, 'suivi-order-table')?.querySelector('.body [data-order-id]'), 'the list never loaded', { timeout: 8000 });
      const table = () => shadowOf(admin.shadowRoot!, 'suivi-order-table')!;
      const liveOff = () => {
        const notice = [...admin.shadowRoot!.querySelectorAll('[part="status"] .callout.warning')].find((node) => textOf(node) === 'Live updates paused: reconnecting…');
        return notice && notice.closest('[role="status"], [role="alert"], [aria-live]') ? textOf(notice) : '';
      };
      const orderId = table().querySelector('.body [data-order-id]')!.getAttribute('data-order-id')!;
      const row = () => table().querySelector(`.body [data-order-id="${orderId}"]`);
      return {
        failure: liveOff,
        kept: () => expect(row()).to.exist,
        done: () => !liveOff() && textOf(row()).includes('live-fault'),
        // The feed opens with a bare id and no event: another order tagged under the fault gives
        // it an event to bend.
        provoke: async () => {
          const other = table().querySelectorAll('.body [data-order-id]')[1]!.getAttribute('data-order-id')!;
          const admin2 = createSuiviAdminClient({ baseUrl: API_BASE_URL, adminKey: api.adminKey });
          await admin2.editTags(other, { add: ['bent-feed'] }, { version: api.store.getById(other)!.version });
        },
        text: () => `${textOf(admin.shadowRoot!)} ${textOf(table())}`,
        // Another admin tags the first listed order while the feed is still down (the row clears
        // the fault just before): a connection that broke before its first line left no position to
        // resume from, so the page learns it by reading the list again when the feed is back.
        // The feed is held down (new connections dropped) until the tag is made, so the change never
        // races the feed's next connection; then it may come back.
        change: async () => {
          api.faults.add({ match: { method: 'GET', path: '/v1/admin/events' }, fault: FAULTS.drop });
          try {
            const other = createSuiviAdminClient({ baseUrl: API_BASE_URL, adminKey: api.adminKey });
            await other.editTags(orderId, { add: ['live-fault'] }, { version: api.store.getById(orderId)!.version });
          } finally {
            api.faults.clear();
          }
        },
      };
    },
  },
  {
    component: '<suivi-order-detail>',
    request: 'read',
    match: { method: 'GET', path: '/v1/admin/orders/:orderId' },
    kinds: READ_FAULTS,
    async start() {
      const order = api.store.getByNumber('#1001')!;
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-order-detail order-id=${order.id} .adminClient=${adminClient()}></suivi-order-detail></div>`);
      const root = (wrapper.firstElementChild as HTMLElement).shadowRoot!;
      return {
        failure: () => alertText(root),
        loading: () => textOf(root.querySelector('[role="status"].muted, p[role="status"]')) === 'Loading the order…',
        kept: () => undefined,
        retry: () => press(button(root, 'Try again'), 'Enter'),
        done: () => textOf(root.querySelector('h2')).includes('#1001'),
        text: () => textOf(root),
      };
    },
  },
  {
    component: '<suivi-order-detail>',
    request: 'add a tag',
    match: { method: 'POST', path: '/v1/admin/orders/:orderId/tags' },
    kinds: WRITE_FAULTS,
    lostAnswerWords: /may already be made/,
    async start() {
      const order = api.store.getByNumber('#1001')!;
      const tagsBefore = order.tags.length;
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-order-detail order-id=${order.id} .adminClient=${adminClient()}></suivi-order-detail></div>`);
      const root = (wrapper.firstElementChild as HTMLElement).shadowRoot!;
      await waitUntil(() => root.querySelector('h2'), 'the order did not load', { timeout: 5000 });
      const field = () => control(root, 'Add a tag');
      await typeInto(field(), 'vip-fault');
      await sendKeys({ press: 'Enter' });
      const tags = () => api.store.getById(order.id)!.tags;
      return {
        failure: () => alertText(root),
        loading: () => root.querySelector('[aria-busy="true"]') !== null,
        kept: () => expect(field().value).to.equal('vip-fault'),
        retry: () => press(button(root, 'Try again'), 'Enter'),
        done: () => textOf(root.querySelector('.visually-hidden[role="status"]')) === 'Tag vip-fault added.',
        once: () => {
          expect(tags().filter((tag) => tag === 'vip-fault')).to.have.length(1);
          expect(tags()).to.have.length(tagsBefore + 1);
        },
        text: () => textOf(root),
      };
    },
  },
];

/** Errors nobody caught on the page during a row; any fails it. */
const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);

let rows = 0;
let faulted = 0;
let requests = 0;
const components = new Set(scenarios.map((scenario) => scenario.component.split(' ')[0]));

after(() => {
  console.log(`fault matrix: ${rows} combinations across ${components.size} components, ${faulted} requests under fault (${requests} API requests in all)`);
});

describe('fault matrix', () => {
  const onRequest = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.startsWith(`${API_BASE_URL}/v1/`)) requests++;
  };
  let injectedBefore = 0;
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    worker.events.on('request:start', onRequest);
    injectedBefore = api.faults.injected;
  });
  afterEach(() => {
    faulted += api.faults.injected - injectedBefore;
    worker.events.removeListener('request:start', onRequest);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    api.faults.clear();
  });

  for (const scenario of scenarios) {
    for (const kind of scenario.kinds) {
      const bendsEvents = scenario.stream === true && EVENT_FAULTS.includes(kind);
      const name =
        kind === 'latency'
          ? `${scenario.component} ${scenario.request} × latency: shows the waiting, then succeeds without a retry`
          : scenario.foundDespiteLostAnswer?.includes(kind)
            ? `${scenario.component} ${scenario.request} × ${kind}: finds what the lost answer made and makes no second one`
          : bendsEvents
            ? `${scenario.component} ${scenario.request} × ${kind}: a bent event makes it say it is reconnecting, keeps the order, and the next change after the fault arrives`
            : `${scenario.component} ${scenario.request} × ${kind}: says it is unavailable, keeps the input, recovers ${scenario.stream ? 'by itself' : 'on Try again'}`;
      it(name, async function () {
        this.timeout(30_000);
        rows++;
        api.faults.add({ match: scenario.match, fault: FAULTS[kind] });
        const run = await scenario.start();

        if (kind === 'latency') {
          if (run.loading) {
            await waitUntil(() => run.loading!() || run.done(), 'neither waiting nor done', { timeout: 5000, interval: 20 });
            expect(run.loading(), 'the waiting was shown').to.equal(true);
          }
          api.faults.clear();
          await run.change?.();
          await waitUntil(() => run.done(), 'never succeeded', { timeout: 10_000 });
          run.once?.();
        } else if (scenario.foundDespiteLostAnswer?.includes(kind)) {
          await waitUntil(() => run.done() || run.failure() !== '', 'neither done nor failed', { timeout: 10_000 });
          expect(run.failure(), 'no failure: the write was done').to.equal('');
          run.kept();
          run.once?.();
        } else {
          if (bendsEvents) {
            await waitUntil(() => api.faults.list()[0]?.hits, 'the stream was never opened', { timeout: 5000 });
            await run.provoke?.();
          }
          await waitUntil(() => run.failure() !== '', 'no failure shown in an alert or live region', { timeout: 10_000 });
          const said = run.failure();
          expect(said).to.match(words);
          expect(said).not.to.match(wrongWords);
          expect(run.text()).not.to.match(wrongWords);
          if (scenario.lostAnswerWords) {
            if (LOST_ANSWER_FAULTS.includes(kind)) expect(said).to.match(scenario.lostAnswerWords);
            else expect(said).not.to.match(scenario.lostAnswerWords);
          }
          run.kept();
          api.faults.clear();
          if (run.retry) await run.retry();
          await run.change?.();
          await waitUntil(() => run.done(), 'never recovered', { timeout: 12_000 }).catch((error: Error) => {
            throw new Error(`${error.message}; it says: "${run.text().slice(0, 300)}"`);
          });
          run.once?.();
        }
        // Anything thrown late (a handler after the fault) counts too.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(uncaught, 'uncaught errors on the page').to.deep.equal([]);
      });
    }
  }
});
