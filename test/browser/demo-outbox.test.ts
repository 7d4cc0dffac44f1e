/**
 * The demo's outbox panel and share-link tools, wired as demo/main.ts wires them: a shopper opts
 * in to SMS on the status page, the carrier clock moves the parcel, and the panel lists who was
 * told what, on which channel, live; "Make share links expire" turns a shared link into an expired one.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DemoView } from '../../demo/demo-chrome.ts';
import { demoMessages } from '../../demo/demo-messages.ts';
import { drawDemoAside } from './support/demo-aside.ts';
import { api, useMockApi } from './support/mock-api.ts';
import { button, control, openOrder, showcase, textOf, toolOf } from './support/shopper.ts';

useMockApi();

/** The demo's side panel, following the mock's outbox as demo/main.ts does; returns it and a stop function. */
async function renderAside(locale: DemoView['locale'] = 'en') {
  const aside = await fixture<HTMLElement>(html`<aside lang=${locale} aria-label=${demoMessages[locale].asideLabel}></aside>`);
  const { view, draw } = drawDemoAside(aside, {
    locale,
    view: { outbox: api.store.outbox.all() },
    actions: (panel) => ({
      expireShareLinks() {
        panel.view.shareReport = demoMessages[locale].linksExpired(api.shareLinks.expireNow());
        panel.draw();
      },
    }),
  });
  const stop = api.store.outbox.subscribe(() => {
    view.outbox = api.store.outbox.all();
    draw();
  });
  return { aside, stop };
}

function outboxEntries(aside: HTMLElement): string[][] {
  return [...aside.querySelectorAll('.outbox li')].map((item) => [
    textOf(item.querySelector('.channel')),
    textOf(item.querySelector('.recipient')),
    textOf(item.querySelector('.outbox-text')),
  ]);
}

describe('demo: outbox and share links', () => {
  it('fills the outbox live when a shopper who opted in to SMS sees the parcel move on', async function () {
    this.timeout(20_000);
    const { order } = showcase('#1001');
    const { aside, stop } = await renderAside();
    try {
      expect(textOf(aside.querySelector('.outbox-count'))).to.equal('No message yet.');
      const page = await openOrder('#1001');
      const preferences = await toolOf(page, 'suivi-notification-preferences');
      await waitUntil(() => preferences.querySelector('[role="switch"]'), 'no switches', { timeout: 5000 });
      // #1001's shopper already chose SMS; turn e-mail off, then let the carrier move the parcel.
      control(preferences, 'E-mail updates').focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => textOf(preferences.querySelector('[role="status"]')) === 'Saved: no more e-mail updates.', 'not saved', { timeout: 5000 });

      api.clock.advance(2);
      await waitUntil(() => outboxEntries(aside).some(([channel]) => channel === 'SMS'), 'the outbox never filled', { timeout: 5000 });
      const mine = outboxEntries(aside).filter(([, recipient]) => recipient === order.customer.phone || recipient === order.customer.email);
      expect(mine).to.deep.equal([['SMS', order.customer.phone!, 'Le colis de votre commande #1001 est en cours de livraison aujourd’hui avec Colissimo.']]);
      expect(textOf(aside.querySelector('.outbox-count'))).to.match(/^\d+ messages, newest first\.$|^1 message\.$/);
      await expect(aside).to.be.accessible();
    } finally {
      stop();
    }
  });

  it('makes share links expire on demand, and says how many', async () => {
    const { aside, stop } = await renderAside();
    try {
      const page = await openOrder('#1003');
      const share = await toolOf(page, 'suivi-share-link');
      button(share, 'Share progress').click();
      await waitUntil(() => share.querySelector('[part="link"]'), 'no link', { timeout: 5000 });
      button(aside, 'Make share links expire').click();
      await waitUntil(() => textOf(aside).includes('1 share link expired.'), 'not said');
      const token = new URL(share.querySelector<HTMLInputElement>('[part="link-url"]')!.value).searchParams.get('share')!;
      expect((await fetch(`/api/v1/share-links/${token}`)).status).to.equal(410);
    } finally {
      stop();
    }
  });
});
