/**
 * <suivi-notification-preferences> as a shopper uses it: two switches, saved as they are flipped,
 * with the phone number never shown whole; a failed save puts the switch back and says why; and
 * opting in to SMS fills the mock's outbox when the carrier clock moves the parcel.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import type { SuiviNotificationPreferences } from '@suivi/components';
import '@suivi/components/define/notification-preferences';
import { api, useMockApi, worker } from './support/mock-api.ts';
import { API_BASE_URL, control, openOrder, sessionFor, shadowOf, showcase, textOf, toolOf } from './support/shopper.ts';

useMockApi();

const NOTIFICATIONS_URL = '/api/v1/orders/:orderId/notifications';


async function standalone(orderNumber: string, lang = 'en') {
  const session = await sessionFor(orderNumber);
  const el = await fixture<SuiviNotificationPreferences>(
    html`<suivi-notification-preferences lang=${lang} .access=${session} base-url=${API_BASE_URL}></suivi-notification-preferences>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[role="switch"]'), 'the switches never showed');
  return { el, root: el.shadowRoot!, session };
}

/** Flips a switch as a keyboard user does: focus, Space. */
async function flip(input: HTMLInputElement) {
  input.focus();
  await sendKeys({ press: 'Space' });
}

describe('<suivi-notification-preferences>', () => {
  it('is accessible in light and dark, in English and French, with and without a phone number', async () => {
    for (const [orderNumber, lang, theme] of [['#1001', 'en', 'light'], ['#1005', 'fr', 'dark']] as const) {
      const { el } = await standalone(orderNumber, lang);
      el.setAttribute('theme', theme);
      await expect(el).to.be.accessible();
    }
  });

  it('shows two switches as saved, the phone by its last two digits only', async () => {
    const { root } = await standalone('#1001');
    const email = control(root, 'E-mail updates');
    const sms = control(root, 'SMS updates to •••• 78SMS updates to the number ending in 78');
    expect([email.getAttribute('role'), sms.getAttribute('role')]).to.deep.equal(['switch', 'switch']);
    expect([email.checked, sms.checked]).to.deep.equal([true, true]);
    // What a screen reader reads, without the dots; the number itself is nowhere.
    const spoken = sms.closest('label')!.querySelector('.visually-hidden');
    expect(textOf(spoken)).to.equal('SMS updates to the number ending in 78');
    expect(sms.closest('label')!.querySelector('[aria-hidden="true"]')).to.exist;
    expect(textOf(root)).not.to.contain(showcase('#1001').order.customer.phone!);
  });

  it('saves each change at once and confirms it politely', async () => {
    const { root, session } = await standalone('#1002');
    const sms = control(root, /^SMS updates to •••• 23/);
    expect(sms.checked).to.equal(false);
    await flip(sms);
    await waitUntil(() => textOf(root.querySelector('[role="status"]')) === 'Saved: you will get SMS updates.', 'no confirmation', { timeout: 5000 });
    expect(sms.checked).to.equal(true);
    expect(api.store.getById(session.orderId)!.notifications).to.deep.equal({ email: true, sms: true });

    const email = control(root, 'E-mail updates');
    await flip(email);
    await waitUntil(() => textOf(root.querySelector('[role="status"]')) === 'Saved: no more e-mail updates.', 'no confirmation', { timeout: 5000 });
    expect(api.store.getById(session.orderId)!.notifications).to.deep.equal({ email: false, sms: true });
    expect(root.activeElement).to.equal(email, 'focus stays on the switch');
  });

  it('puts the switch back and says why when saving fails', async () => {
    worker.use(http.put(NOTIFICATIONS_URL, () => HttpResponse.json({ code: 'unavailable', message: 'Down' }, { status: 503 })));
    const { root, session } = await standalone('#1002');
    const sms = control(root, /^SMS updates to/);
    await flip(sms);
    await waitUntil(() => textOf(root.querySelector('[role="alert"].shown')), 'no alert', { timeout: 8000 });
    expect(textOf(root.querySelector('[role="alert"].shown'))).to.equal('Your choice could not be saved, so it is back as it was. Check your connection and try again.');
    expect(sms.checked).to.equal(false);
    expect(api.store.getById(session.orderId)!.notifications.sms).to.equal(false);
  });

  describe('when the answer to a save is lost (the server may have saved it)', () => {
    const PUT = { method: 'PUT', path: '/v1/orders/:orderId/notifications' } as const;
    const GET = { method: 'GET', path: '/v1/orders/:orderId/notifications' } as const;

    it('saved, answer cut off: reads the choices again and confirms the save, with no alert', async () => {
      api.faults.add({ match: PUT, fault: { kind: 'respond_then_drop' } });
      const { root, session } = await standalone('#1002');
      const sms = control(root, /^SMS updates to/);
      await flip(sms);
      await waitUntil(() => textOf(root.querySelector('[role="status"]')) === 'Saved: you will get SMS updates.', 'the save was never confirmed', { timeout: 8000 });
      expect(textOf(root.querySelector('[role="alert"].shown'))).to.equal('');
      expect(sms.checked).to.equal(true);
      expect(api.store.getById(session.orderId)!.notifications.sms).to.equal(true);
    });

    it('the choices cannot be read again either: says it may already be saved, and flipping again saves it once', async () => {
      api.faults.add({ match: PUT, fault: { kind: 'malformed_json' }, times: 1 });
      const { root, session } = await standalone('#1002');
      api.faults.add({ match: GET, fault: { kind: 'drop' } });
      const sms = control(root, /^SMS updates to/);
      await flip(sms);
      await waitUntil(() => textOf(root.querySelector('[role="alert"].shown')), 'no alert', { timeout: 12000 });
      expect(textOf(root.querySelector('[role="alert"].shown'))).to.equal('We did not hear back, so your choice may already be saved. Try again: it will not be saved twice.');
      expect(api.store.getById(session.orderId)!.notifications.sms, 'the server did save it').to.equal(true);
      api.faults.clear();
      if (!sms.checked) await flip(sms);
      await waitUntil(() => textOf(root.querySelector('[role="status"]')) === 'Saved: you will get SMS updates.', 'trying again did not confirm', { timeout: 8000 });
      expect(sms.checked).to.equal(true);
      expect(api.store.getById(session.orderId)!.notifications).to.deep.equal({ email: true, sms: true });
    });

    it('not saved (no answer, the server never got it): says so in French, with the switch as the server has it', async () => {
      api.faults.add({ match: PUT, fault: { kind: 'drop' } });
      const { root, session } = await standalone('#1002', 'fr');
      const sms = control(root, /^Nouvelles par SMS/);
      await flip(sms);
      await waitUntil(() => textOf(root.querySelector('[role="alert"].shown')), 'no alert', { timeout: 12000 });
      expect(textOf(root.querySelector('[role="alert"].shown'))).to.equal(
        'Pas de réponse, et votre choix n’est pas encore enregistré : l’interrupteur montre ce qui l’est. Réessayez, il ne sera pas enregistré deux fois.',
      );
      expect(sms.checked).to.equal(false);
      expect(api.store.getById(session.orderId)!.notifications.sms).to.equal(false);
    });
  });

  it('keeps SMS off and says why when the order has no phone number', async () => {
    const { root } = await standalone('#1005');
    const sms = control(root, 'SMS updates');
    expect(sms.disabled).to.equal(true);
    expect(textOf(root.getElementById(sms.getAttribute('aria-describedby')!))).to.equal('SMS updates need a phone number, and this order has none.');
  });

  it('says the shop refused SMS when the page offered it anyway', async () => {
    worker.use(
      http.put(NOTIFICATIONS_URL, () =>
        HttpResponse.json(
          { code: 'unprocessable', message: 'No phone', refusal: { code: 'no_phone', reason: 'No phone', lineItemId: null, returnableQuantity: null, windowClosedAt: null } },
          { status: 422 },
        ),
      ),
    );
    const { root } = await standalone('#1002');
    await flip(control(root, /^SMS updates to/));
    await waitUntil(() => textOf(root.querySelector('[role="alert"].shown')), 'no alert', { timeout: 5000 });
    expect(textOf(root.querySelector('[role="alert"].shown'))).to.equal('SMS updates need a phone number on the order, so they stay off.');
  });

  it('speaks French', async () => {
    const { root } = await standalone('#1001', 'fr');
    expect(textOf(root.querySelector('[part="heading"]'))).to.equal('Suivi par e-mail et SMS');
    expect(control(root, 'Nouvelles par e-mail').checked).to.equal(true);
    expect(textOf(control(root, /^Nouvelles par SMS au •••• 78/).closest('label')!.querySelector('.visually-hidden'))).to.equal('Nouvelles par SMS au numéro se terminant par 78');
  });

  it('on the status page: opting in to SMS, then the outbox fills as the carrier clock moves the parcel', async () => {
    const { order } = showcase('#1004');
    const page = await openOrder('#1004');
    const root = await toolOf(page, 'suivi-notification-preferences');
    await waitUntil(() => root.querySelector('[role="switch"]'), 'no switches', { timeout: 5000 });
    await flip(control(root, /^SMS updates to •••• 56/));
    await waitUntil(() => textOf(root.querySelector('[role="status"]')) === 'Saved: you will get SMS updates.', 'not saved', { timeout: 5000 });
    expect(api.store.outbox.forOrder(order.id)).to.deep.equal([]);

    // Delivery was attempted; the next scan puts the parcel out for delivery again, the one after delivers it.
    api.clock.advance(1);
    api.clock.advance(1);
    const told = api.store.outbox.forOrder(order.id).map((message) => [message.topic, message.channel, message.recipient]);
    expect(told).to.deep.equal([
      ['out_for_delivery', 'email', order.customer.email],
      ['out_for_delivery', 'sms', order.customer.phone],
      ['delivered', 'email', order.customer.email],
      ['delivered', 'sms', order.customer.phone],
    ]);
    // The page follows too.
    await waitUntil(() => textOf(shadowOf(page.shadowRoot!, 'suivi-order-timeline')).includes('Delivered on'), 'the page did not follow', { timeout: 5000 });
  });
});
