/**
 * <suivi-share-link> as a shopper uses it on the status page: "Share progress" makes a link,
 * ready to copy; the link says when it expires; "Stop sharing" turns it off for whoever holds it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, delay, getResponse, http } from 'msw';
import type { SuiviShareLink } from '@suivi/components';
import '@suivi/components/define/share-link';
import { api, useMockApi, worker } from './support/mock-api.ts';
import { API_BASE_URL, button, control, openOrder, sessionFor, textOf, toolOf } from './support/shopper.ts';

useMockApi();


async function standalone(orderNumber: string, lang = 'en') {
  const session = await sessionFor(orderNumber);
  const el = await fixture<SuiviShareLink>(html`<suivi-share-link lang=${lang} .access=${session} base-url=${API_BASE_URL}></suivi-share-link>`);
  await el.updateComplete;
  return { el, root: el.shadowRoot!, session };
}

function statusText(root: ShadowRoot): string {
  return textOf(root.querySelector('[part="status"]'));
}

function replaceClipboard(clipboard: Partial<Clipboard> | undefined): () => void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => clipboard });
  return () => delete (navigator as { clipboard?: unknown }).clipboard;
}

describe('<suivi-share-link>', () => {
  it('is accessible in light and dark, in English and French, with links listed', async () => {
    for (const [lang, theme] of [['en', 'light'], ['fr', 'dark']] as const) {
      const { el, root } = await standalone('#1001', lang);
      el.setAttribute('theme', theme);
      button(root, lang === 'fr' ? 'Partager le suivi' : 'Share progress').click();
      await waitUntil(() => root.querySelector('[part="link"]'), 'no link', { timeout: 5000 });
      await expect(el).to.be.accessible();
    }
  });

  it('on the status page, makes a link with the keyboard, focused and selected to copy at once, expiring in 7 days', async () => {
    const page = await openOrder('#1001');
    const root = await toolOf(page, 'suivi-share-link');
    expect(textOf(root.querySelector('[part="heading"]'))).to.equal('Share this order');
    expect(control<HTMLSelectElement>(root, 'Link works for').selectedOptions[0]!.textContent!.trim()).to.equal('7 days');

    button(root, 'Share progress').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusText(root) === 'Link ready. Copy it and send it to whoever you like.', 'no confirmation', { timeout: 5000 });
    const field = control(root, 'Share link 1');
    expect(root.activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    expect(field.readOnly).to.equal(true);
    const url = new URL(field.value);
    expect(url.searchParams.get('share')).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(textOf(root.getElementById(field.getAttribute('aria-describedby')!))).to.equal('Expires in 7 days');
    // The shopper's access token never goes into a link.
    expect(api.shareLinks.snapshot().map((record) => record.link.url)).to.deep.equal([field.value]);
  });

  it('keeps a link made while the list of links is still loading', async () => {
    // The list is read before the shopper shares, and answered only once the link is made.
    let listRead: () => void = () => {};
    const read = new Promise<void>((resolve) => (listRead = resolve));
    let listArrived = false;
    worker.use(
      http.get(
        `${API_BASE_URL}/v1/orders/:orderId/share-links`,
        async ({ request }) => {
          const listed = (await getResponse(api.handlers, request))!;
          listRead();
          await waitUntil(() => api.shareLinks.snapshot().length === 1, 'no link was made', { timeout: 5000 });
          await delay(100);
          listArrived = true;
          return listed;
        },
        { once: true },
      ),
    );
    const { el, root } = await standalone('#1001');
    await read;
    button(root, 'Share progress').click();
    await waitUntil(() => listArrived, 'the list never arrived', { timeout: 5000 });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(root.querySelectorAll('[part="link"]')).to.have.length(1);
    expect(api.shareLinks.snapshot()).to.have.length(1);
  });

  it('makes a link that works for one day when asked', async () => {
    const { root } = await standalone('#1001');
    const lifetime = control<HTMLSelectElement>(root, 'Link works for');
    lifetime.focus();
    await sendKeys({ type: '1 day' });
    await waitUntil(() => lifetime.value === '1');
    button(root, 'Share progress').click();
    await waitUntil(() => root.querySelector('[part="expiry"]'), 'no link', { timeout: 5000 });
    expect(textOf(root.querySelector('[part="expiry"]'))).to.equal('Expires tomorrow');
  });

  it('copies the link and says so', async () => {
    const written: string[] = [];
    const restore = replaceClipboard({ writeText: async (text: string) => void written.push(text) });
    try {
      const { root } = await standalone('#1001');
      button(root, 'Share progress').click();
      await waitUntil(() => root.querySelector('[part="copy-button"]'), 'no link', { timeout: 5000 });
      const copy = button(root, 'Copy link (share link 1)');
      copy.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => statusText(root) === 'Link copied.', 'no confirmation');
      expect(written).to.deep.equal([control(root, 'Share link 1').value]);
    } finally {
      restore();
    }
  });

  it('selects the link and says how to copy it when the browser refuses to', async () => {
    const restore = replaceClipboard({ writeText: async () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) });
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      const { root } = await standalone('#1001');
      button(root, 'Share progress').click();
      await waitUntil(() => root.querySelector('[part="copy-button"]'), 'no link', { timeout: 5000 });
      button(root, 'Copy link (share link 1)').click();
      await waitUntil(() => statusText(root).startsWith('Could not copy'), 'no help');
      const field = control(root, 'Share link 1');
      expect(root.activeElement).to.equal(field);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    } finally {
      document.execCommand = execCommand;
      restore();
    }
  });

  it('lists the links, newest first; "Stop sharing" turns one off for whoever holds it', async () => {
    const { root } = await standalone('#1001');
    button(root, 'Share progress').click();
    await waitUntil(() => root.querySelectorAll('[part="link"]').length === 1, 'no first link', { timeout: 5000 });
    const first = control(root, 'Share link 1').value;
    button(root, 'Share progress').click();
    await waitUntil(() => root.querySelectorAll('[part="link"]').length === 2, 'no second link', { timeout: 5000 });
    expect(control(root, 'Share link 2').value).to.equal(first);

    const stop = button(root, 'Stop sharing (share link 2)');
    stop.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusText(root) === 'You stopped sharing: that link no longer opens your order.', 'no confirmation', { timeout: 5000 });
    expect(root.querySelectorAll('[part="link"]').length).to.equal(1);
    expect(root.activeElement).to.equal(button(root, 'Share progress'));
    const token = new URL(first).searchParams.get('share')!;
    expect((await fetch(`/api/v1/share-links/${token}`)).status).to.equal(404);
  });

  it('shows a link that has expired as expired, with no copy button', async () => {
    const session = await sessionFor('#1001');
    const { createSuiviClient } = await import('@suivi/sdk');
    const link = await createSuiviClient({ baseUrl: API_BASE_URL }).createShareLink(session);
    api.shareLinks.expireNow(link.token);
    const el = await fixture<SuiviShareLink>(html`<suivi-share-link lang="en" .access=${session} base-url=${API_BASE_URL}></suivi-share-link>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="expiry"]'), 'no link listed', { timeout: 5000 });
    expect(textOf(root.querySelector('[part="expiry"]'))).to.match(/^Expired .+; it no longer opens your order\.$/);
    expect(root.querySelector('[part="copy-button"]')).to.equal(null);
  });

  it('says so when a link cannot be made', async () => {
    worker.use(http.post('/api/v1/orders/:orderId/share-links', () => HttpResponse.json({ code: 'unavailable', message: 'Down' }, { status: 503 })));
    const { root } = await standalone('#1001');
    button(root, 'Share progress').click();
    await waitUntil(() => textOf(root.querySelector('[role="alert"].shown')), 'no alert', { timeout: 5000 });
    expect(textOf(root.querySelector('[role="alert"].shown'))).to.equal('The link could not be created. Check your connection and try again.');
    expect(statusText(root)).to.equal('');
  });

  it('speaks French', async () => {
    const { root } = await standalone('#1001', 'fr');
    expect(textOf(root.querySelector('[part="heading"]'))).to.equal('Partager cette commande');
    button(root, 'Partager le suivi').click();
    await waitUntil(() => root.querySelector('[part="expiry"]'), 'no link', { timeout: 5000 });
    expect(textOf(root.querySelector('[part="expiry"]'))).to.equal('Expire dans 7 jours');
    expect(button(root, 'Arrêter le partage (lien de partage 1)')).to.exist;
  });
});
