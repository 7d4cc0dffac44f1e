import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import type { OrderFoundEvent, SuiviOrderLookup } from '@suivi/components';
import { createSuiviClient } from '@suivi/sdk';
import '@suivi/components/define/order-lookup';
import { api, useMockApi, worker } from './support/mock-api.ts';

/** Where the mock API answers (see test/browser/support/mock-api.ts). */
const API_BASE_URL = '/api';
const LOOKUP_URL = '/api/v1/lookup';

function showcaseEmail(orderNumber: string): string {
  const entry = api.showcase.find((order) => order.orderNumber === orderNumber);
  if (!entry) throw new Error(`No showcase order ${orderNumber}`);
  return entry.email;
}

async function renderLookup(attributes: { lang?: string; theme?: string; orderNumber?: string } = {}): Promise<SuiviOrderLookup> {
  return fixture<SuiviOrderLookup>(html`
    <suivi-order-lookup
      base-url=${API_BASE_URL}
      lang=${attributes.lang ?? 'en'}
      theme=${attributes.theme ?? 'light'}
      order-number=${attributes.orderNumber ?? ''}
    ></suivi-order-lookup>
  `);
}

/** The input a visible label names, as a person finds it. */
function field(el: SuiviOrderLookup, label: string): HTMLInputElement {
  const root = el.shadowRoot!;
  const labelElement = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label);
  if (!labelElement) throw new Error(`No field labelled "${label}"`);
  return root.getElementById(labelElement.htmlFor) as HTMLInputElement;
}

/** A button by its visible name. */
function button(el: SuiviOrderLookup, name: string): HTMLButtonElement | undefined {
  return [...el.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
}

function alertText(el: SuiviOrderLookup): string {
  return el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
}

/** The text of the elements an input's aria-describedby points at, i.e. what a screen reader says after its name. */
function description(el: SuiviOrderLookup, input: HTMLInputElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids.map((id) => el.shadowRoot!.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

function focused(el: SuiviOrderLookup): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Clicks into a field and types into it, key by key. */
async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
}

async function fillAndSubmit(el: SuiviOrderLookup, orderNumber: string, email: string) {
  await typeInto(field(el, 'Order number'), orderNumber);
  await typeInto(field(el, 'E-mail address'), email);
  await sendKeys({ press: 'Enter' });
}

describe('<suivi-order-lookup>', () => {
  useMockApi();

  describe('accessibility', () => {
    it('passes axe in light', async () => {
      const el = await renderLookup({ theme: 'light' });
      await expect(el).to.be.accessible();
    });

    it('passes axe in dark', async () => {
      const el = await renderLookup({ theme: 'dark' });
      await expect(el).to.be.accessible();
    });

    it('passes axe in French, with errors showing', async () => {
      const el = await renderLookup({ lang: 'fr' });
      field(el, 'Numéro de commande').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('labels both fields and explains where the order number is', async () => {
      const el = await renderLookup();
      const number = field(el, 'Order number');
      const email = field(el, 'E-mail address');
      expect(description(el, number)).to.equal("You'll find it in your confirmation e-mail, e.g. #1001");
      expect(number.required).to.be.true;
      expect(email.required).to.be.true;
      expect(button(el, 'Find my order')).to.exist;
      expect(alertText(el)).to.equal('');
    });

    it('asks the browser for the right keyboard and autofill on each field', async () => {
      const el = await renderLookup();
      const number = field(el, 'Order number');
      const email = field(el, 'E-mail address');
      expect(number.type).to.equal('text');
      expect(number.getAttribute('inputmode')).to.equal('text');
      expect(number.getAttribute('autocomplete')).to.equal('off');
      expect(number.getAttribute('autocapitalize')).to.equal('none');
      expect(number.getAttribute('spellcheck')).to.equal('false');
      expect(email.type).to.equal('email');
      expect(email.getAttribute('inputmode')).to.equal('email');
      expect(email.getAttribute('autocomplete')).to.equal('email');
    });

    it('starts from the order number and e-mail a page gives it', async () => {
      const el = await fixture<SuiviOrderLookup>(html`
        <suivi-order-lookup base-url=${API_BASE_URL} order-number="#1001" email="camille@example.fr"></suivi-order-lookup>
      `);
      expect(field(el, 'Order number').value).to.equal('#1001');
      expect(field(el, 'E-mail address').value).to.equal('camille@example.fr');
    });

    it('uses the SDK client a page gives it instead of a base URL', async () => {
      let requests = 0;
      const client = createSuiviClient({
        baseUrl: API_BASE_URL,
        fetch: (input, init) => {
          requests++;
          return fetch(input, init);
        },
      });
      const el = await fixture<SuiviOrderLookup>(html`<suivi-order-lookup .client=${client}></suivi-order-lookup>`);
      const found = oneEvent(el, 'suivi-order-found') as Promise<OrderFoundEvent>;
      await fillAndSubmit(el, '1001', showcaseEmail('#1001'));
      expect((await found).session.order.orderNumber).to.equal('#1001');
      expect(requests).to.equal(1);
    });

    it('speaks French under lang="fr"', async () => {
      const el = await renderLookup({ lang: 'fr' });
      expect(field(el, 'Numéro de commande')).to.exist;
      expect(field(el, 'Adresse e-mail')).to.exist;
      expect(button(el, 'Retrouver ma commande')).to.exist;
    });
  });

  describe('validation', () => {
    it('says nothing while the person is still typing', async () => {
      const el = await renderLookup();
      const number = field(el, 'Order number');
      await typeInto(number, 'abc');
      await el.updateComplete;
      expect(number.getAttribute('aria-invalid')).to.equal('false');
      expect(description(el, number)).not.to.contain('Enter an order number');
    });

    it('does not flag a field that was only visited', async () => {
      const el = await renderLookup();
      field(el, 'Order number').focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(field(el, 'Order number').getAttribute('aria-invalid')).to.equal('false');
    });

    it('explains what is wrong once the person leaves a field they typed in', async () => {
      const el = await renderLookup();
      const number = field(el, 'Order number');
      await typeInto(number, 'abc');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(number.getAttribute('aria-invalid')).to.equal('true');
      expect(description(el, number)).to.contain('Enter an order number like #1001');
      expect(number.validationMessage).to.equal('Enter an order number like #1001');

      // Fixing it clears the message as they type.
      number.focus();
      for (let i = 0; i < 'abc'.length; i++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '1001' });
      await el.updateComplete;
      expect(number.getAttribute('aria-invalid')).to.equal('false');
    });

    it('on submit, flags every field and takes the person to the first invalid one', async () => {
      let requests = 0;
      worker.use(
        http.post(LOOKUP_URL, () => {
          requests++;
          return undefined; // only counting: the mock API answers
        }),
      );
      const el = await renderLookup();
      field(el, 'E-mail address').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal(field(el, 'Order number'));
      expect(description(el, field(el, 'Order number'))).to.contain('Enter your order number');
      expect(description(el, field(el, 'E-mail address'))).to.contain('Enter your e-mail address');
      expect(requests).to.equal(0);
    });

    it('on submit with only a bad e-mail, goes to the e-mail', async () => {
      const el = await renderLookup();
      await typeInto(field(el, 'Order number'), '1001');
      await typeInto(field(el, 'E-mail address'), 'camille@');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal(field(el, 'E-mail address'));
      expect(description(el, field(el, 'E-mail address'))).to.contain('Enter an e-mail address like name@example.com');
    });
  });

  describe('looking an order up', () => {
    it('finds showcase #1001 from "1001" when Enter is pressed', async () => {
      const el = await renderLookup();
      const found = oneEvent(el, 'suivi-order-found') as Promise<OrderFoundEvent>;
      await fillAndSubmit(el, '1001', showcaseEmail('#1001'));
      const event = await found;
      expect(event.session.order.orderNumber).to.equal('#1001');
      expect(event.session.token).to.be.a('string').and.not.empty;
      expect(event.bubbles && event.composed).to.be.true;
      expect(alertText(el)).to.equal('');
    });

    it('finds it from " #1001 " and an upper-case e-mail', async () => {
      const el = await renderLookup();
      const found = oneEvent(el, 'suivi-order-found') as Promise<OrderFoundEvent>;
      await fillAndSubmit(el, ' #1001 ', showcaseEmail('#1001').toUpperCase());
      expect((await found).session.order.orderNumber).to.equal('#1001');
    });

    it('shows that it is working while the request is in flight', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      worker.use(
        http.post(LOOKUP_URL, async () => {
          await held;
          return undefined; // fall through to the mock API
        }),
      );
      const el = await renderLookup();
      await fillAndSubmit(el, '1001', showcaseEmail('#1001'));
      await waitUntil(() => button(el, 'Looking up your order…'), 'no busy label');
      const submit = button(el, 'Looking up your order…')!;
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      expect(submit.disabled).to.be.false;
      expect(field(el, 'Order number').readOnly).to.be.true;
      expect(field(el, 'E-mail address').readOnly).to.be.true;
      expect(focused(el)).to.equal(field(el, 'E-mail address'));

      const found = oneEvent(el, 'suivi-order-found');
      release();
      await found;
      await el.updateComplete;
      expect(button(el, 'Find my order')?.getAttribute('aria-disabled')).to.equal('false');
      expect(field(el, 'Order number').readOnly).to.be.false;
    });

    it('says it cannot find the order when the e-mail does not match, and keeps what was typed', async () => {
      const el = await renderLookup();
      await fillAndSubmit(el, '1001', 'someone.else@example.com');
      await waitUntil(() => alertText(el) !== '', 'no alert');
      expect(alertText(el)).to.equal("We couldn't find an order with that number and e-mail. Check both and try again.");
      expect(field(el, 'Order number').value).to.equal('1001');
      expect(field(el, 'E-mail address').value).to.equal('someone.else@example.com');
    });

    it('says so in French', async () => {
      const el = await renderLookup({ lang: 'fr' });
      await typeInto(field(el, 'Numéro de commande'), '1001');
      await typeInto(field(el, 'Adresse e-mail'), 'personne@example.com');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => alertText(el) !== '', 'no alert');
      expect(alertText(el)).to.contain("Nous n'avons trouvé aucune commande");
    });
  });

  describe('when the API refuses or fails', () => {
    it('after too many attempts, says when to try again and keeps the button inactive', async () => {
      let requests = 0;
      worker.use(
        http.post(LOOKUP_URL, () => {
          requests++;
          return HttpResponse.json(
            { code: 'rate_limited', message: 'Too many attempts', retryAfter: 300 },
            { status: 429, headers: { 'Retry-After': '300' } },
          );
        }),
      );
      const el = await renderLookup();
      await fillAndSubmit(el, '1001', showcaseEmail('#1001'));
      await waitUntil(() => alertText(el) !== '', 'no alert');
      expect(alertText(el)).to.equal('Too many attempts. Try again in 5 minutes.');
      expect(button(el, 'Find my order')?.getAttribute('aria-disabled')).to.equal('true');

      await sendKeys({ press: 'Enter' });
      await aTimeout(100);
      expect(requests).to.equal(1);
      expect(field(el, 'E-mail address').value).to.equal(showcaseEmail('#1001'));
    });

    it('is rate limited by the mock API itself after repeated wrong e-mails', async () => {
      const el = await renderLookup();
      await fillAndSubmit(el, '1001', 'guess@example.com');
      await waitUntil(() => alertText(el).startsWith('We couldn'), 'first attempt not refused');
      // Each further attempt is the same person pressing Enter again on the e-mail field.
      for (let attempt = 0; attempt < 10 && !alertText(el).startsWith('Too many'); attempt++) {
        await waitUntil(() => button(el, 'Find my order'), 'still busy');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => !el.busy, 'never answered');
      }
      expect(alertText(el)).to.match(/^Too many attempts\. Try again in \d+ minutes?\.$/);
      expect(button(el, 'Find my order')?.getAttribute('aria-disabled')).to.equal('true');
    });

    it('gives the button back when the wait is over', async () => {
      worker.use(
        http.post(
          LOOKUP_URL,
          () => HttpResponse.json({ code: 'rate_limited', message: 'Too many attempts', retryAfter: 1 }, { status: 429, headers: { 'Retry-After': '1' } }),
          { once: true },
        ),
      );
      const el = await renderLookup();
      await fillAndSubmit(el, '1001', showcaseEmail('#1001'));
      await waitUntil(() => alertText(el) !== '', 'no alert');
      expect(alertText(el)).to.equal('Too many attempts. Try again in 1 minute.');
      await waitUntil(() => button(el, 'Find my order')?.getAttribute('aria-disabled') === 'false', 'button never came back', { timeout: 3000 });
      expect(alertText(el)).to.equal('');

      const found = oneEvent(el, 'suivi-order-found');
      await sendKeys({ press: 'Enter' });
      await found;
    });

    it('when the service answers 503, says it is unavailable, keeps the values, and "Try again" works once it is back', async () => {
      worker.use(http.post(LOOKUP_URL, () => HttpResponse.json({ code: 'unavailable', message: 'Down for maintenance' }, { status: 503 })));
      const el = await renderLookup();
      await fillAndSubmit(el, '1001', showcaseEmail('#1001'));
      await waitUntil(() => alertText(el) !== '', 'no alert');
      expect(alertText(el)).to.equal('The order service is unavailable right now. Your details are kept — try again.');
      expect(field(el, 'Order number').value).to.equal('1001');
      expect(field(el, 'E-mail address').value).to.equal(showcaseEmail('#1001'));

      worker.resetHandlers();
      const found = oneEvent(el, 'suivi-order-found') as Promise<OrderFoundEvent>;
      const retry = button(el, 'Try again')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      expect((await found).session.order.orderNumber).to.equal('#1001');
      await el.updateComplete;
      expect(button(el, 'Try again')).to.be.undefined;
      expect(alertText(el)).to.equal('');
    });

    it('treats a network failure as unavailable, never as "not found"', async () => {
      worker.use(http.post(LOOKUP_URL, () => HttpResponse.error()));
      const el = await renderLookup();
      await fillAndSubmit(el, '1001', showcaseEmail('#1001'));
      await waitUntil(() => alertText(el) !== '', 'no alert');
      expect(alertText(el)).to.equal('The order service is unavailable right now. Your details are kept — try again.');
      expect(button(el, 'Try again')).to.exist;
    });

    it('treats an answer outside the contract as unavailable', async () => {
      worker.use(http.post(LOOKUP_URL, () => HttpResponse.json({ token: 42 })));
      const el = await renderLookup();
      await fillAndSubmit(el, '1001', showcaseEmail('#1001'));
      await waitUntil(() => alertText(el) !== '', 'no alert');
      expect(alertText(el)).to.contain('unavailable');
    });

    it('puts the server\'s field errors on the right input and goes there', async () => {
      worker.use(
        http.post(LOOKUP_URL, () =>
          HttpResponse.json(
            { code: 'invalid_input', message: 'Invalid', fields: [{ path: 'email', message: 'Enter the e-mail address used for the order' }] },
            { status: 400 },
          ),
        ),
      );
      const el = await renderLookup();
      await fillAndSubmit(el, '1001', showcaseEmail('#1001'));
      await waitUntil(() => alertText(el) !== '', 'no alert');
      const email = field(el, 'E-mail address');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(description(el, email)).to.contain('Enter an e-mail address like name@example.com');
      expect(field(el, 'Order number').getAttribute('aria-invalid')).to.equal('false');
      await waitUntil(() => focused(el) === email, 'focus did not move to the e-mail');
    });
  });
});
