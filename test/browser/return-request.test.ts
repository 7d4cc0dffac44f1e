/**
 * <suivi-return-request> as a shopper uses it: on the status page of a delivered order, choose
 * items and quantities, a reason, send; see the return and its status move on live; get each of
 * the shop's refusals in words with the item to change, the form kept as typed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { DEFAULT_RETURN_WINDOW_DAYS, toCustomerView, type CustomerOrderView, type Order } from '@suivi/model';
import { createSuiviClient } from '@suivi/sdk';
import type { SuiviReturnRequest } from '@suivi/components';
import '@suivi/components/define/return-request';
import { TEST_ANCHOR, api, useMockApi, worker } from './support/mock-api.ts';
import { API_BASE_URL, button, control, openOrder, showcase, textOf, toolOf, typeInto } from './support/shopper.ts';

useMockApi();

const RETURNS_URL = '/api/v1/orders/:orderId/returns';


function title(order: Order, index: number): string {
  const item = order.lineItems[index]!;
  return item.variant ? `${item.title} (${item.variant})` : item.title;
}

/** The quantity field of an item, by the label a screen reader reads. */
function quantityField(root: ShadowRoot, itemTitle: string, lang = 'en'): HTMLInputElement {
  return control(root, `${itemTitle}${lang === 'fr' ? ', quantité à retourner' : ', quantity to return'}`);
}

/** Picks an option of a select with the keyboard: focus it and type the start of its label. */
async function choose(select: HTMLSelectElement, label: string) {
  select.focus();
  await sendKeys({ type: label });
  await waitUntil(() => select.selectedOptions[0]?.textContent?.trim() === label, `"${label}" was not chosen`);
}

function alertText(root: ShadowRoot): string {
  return textOf(root.querySelector('[role="alert"].shown'));
}

/** A generated order whose only parcel was delivered more than the return window before the anchor. */
function longDelivered(): Order {
  const limit = TEST_ANCHOR.getTime() - (DEFAULT_RETURN_WINDOW_DAYS + 2) * 86_400_000;
  const found = api.store
    .all()
    .find(
      (order) =>
        order.state !== 'cancelled' &&
        order.returns.length === 0 &&
        order.shipments.length === 1 &&
        order.shipments[0]!.status === 'delivered' &&
        Date.parse(order.shipments[0]!.deliveredAt!) < limit,
    );
  if (!found) throw new Error('The seed has no order delivered long ago');
  return found;
}

/** The element alone, given an order view that may lag behind the shop (another tab filed a return, say). */
async function standalone(view: CustomerOrderView, orderNumber: string, email: string) {
  const session = await createSuiviClient({ baseUrl: API_BASE_URL }).lookupOrder({ orderNumber, email });
  const el = await fixture<SuiviReturnRequest>(html`<suivi-return-request lang="en" .order=${view} .access=${session} base-url=${API_BASE_URL}></suivi-return-request>`);
  return { el, root: el.shadowRoot!, session };
}

describe('<suivi-return-request>', () => {
  it('is accessible on the status page of a delivered order, in light and dark, English and French', async () => {
    for (const [lang, theme] of [['en', 'light'], ['fr', 'dark']] as const) {
      const page = await openOrder('#1003', { lang, theme });
      const root = await toolOf(page, 'suivi-return-request');
      await waitUntil(() => root.querySelector('form'), 'no return form');
      await expect(page.parentElement!).to.be.accessible();
    }
  });

  it('is not on the page of an order with nothing delivered, and takes no room there', async () => {
    const page = await openOrder('#1001');
    const root = await toolOf(page, 'suivi-return-request');
    await page.updateComplete;
    expect(root.querySelector('[part="heading"]')).to.equal(null);
    // No second gap opens between the timeline and the summary around an empty element.
    await waitUntil(() => getComputedStyle(root.host).display === 'none', 'the empty element still takes a place on the page');
    const bottom = page.shadowRoot!.querySelector('suivi-order-timeline')!.getBoundingClientRect().bottom;
    const top = page.shadowRoot!.querySelector('suivi-order-summary')!.getBoundingClientRect().top;
    expect(top - bottom).to.equal(parseFloat(getComputedStyle(page.shadowRoot!.querySelector('.page')!).rowGap));
  });

  it('lists each delivered item with a bounded quantity field, and says why the others cannot be returned', async () => {
    const { order } = showcase('#1005');
    const page = await openOrder('#1005');
    const root = await toolOf(page, 'suivi-return-request');
    await waitUntil(() => root.querySelector('form'));
    const bowls = quantityField(root, title(order, 0));
    expect(bowls.type).to.equal('number');
    expect([bowls.min, bowls.max]).to.deep.equal(['0', '4']);
    expect(textOf(root.getElementById(bowls.getAttribute('aria-describedby')!.split(' ')[0]!))).to.equal('Up to 4');
    // The lamp is still in transit: no field, and the reason in words.
    expect(textOf(root.querySelector('.blocked'))).to.equal(`${title(order, 1)}: not delivered yet; you can return it once it arrives.`);
  });

  it('files a return: the confirmation, the return with its status, and its steps moving on live with the carrier clock', async () => {
    const { order } = showcase('#1003');
    const page = await openOrder('#1003');
    const root = await toolOf(page, 'suivi-return-request');
    await waitUntil(() => root.querySelector('form'));

    await typeInto(quantityField(root, title(order, 0)), '1');
    await choose(control<HTMLSelectElement>(root, 'Reason'), 'Too small');
    await typeInto(control<HTMLTextAreaElement>(root, 'Tell us more (optional)'), 'One size up would fit');
    button(root, 'Request return').focus();
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => textOf(root.querySelector('[part="status"]')).startsWith('Return requested for'), 'no confirmation', { timeout: 5000 });
    expect(textOf(root.querySelector('[part="status"]'))).to.equal(`Return requested for ${title(order, 0)} × 1. We will keep you posted as it moves on.`);
    expect(root.activeElement).to.equal(root.querySelector('[part="status"]'));
    const filed = () => root.querySelector('[part="return"]');
    expect(textOf(filed()?.querySelector('[part="badge"]'))).to.equal('Return requested');
    expect(textOf(filed())).to.contain(`${title(order, 0)} × 1`);
    expect(textOf(filed())).to.contain('Reason: Trop petit : One size up would fit');
    // The form is ready for another return, and the item already in one is bounded accordingly.
    expect(quantityField(root, title(order, 1)).value).to.equal('');
    expect(textOf(root.querySelector('.blocked'))).to.contain(`${title(order, 0)}: already in a return.`);

    api.clock.advance(1);
    await waitUntil(() => textOf(filed()?.querySelector('[part="badge"]')) === 'Return in progress', 'the return never moved on', { timeout: 5000 });
    // The step says when it was reached, from the order's timeline.
    const current = filed()!.querySelector('[aria-current="step"]')!;
    expect(textOf(current)).to.match(/^Return in progress \S/);
    const inProgressAt = api.store.getByNumber('#1003')!.timeline.find((entry) => entry.kind === 'return_status' && entry.status === 'in_progress')!.at;
    expect(current.querySelector('time')?.getAttribute('datetime')).to.equal(inProgressAt);
    api.clock.advance(1);
    await waitUntil(() => textOf(filed()?.querySelector('[part="badge"]')) === 'Returned', 'the return never arrived', { timeout: 5000 });
    expect(textOf(filed())).to.contain('The shop has received the items.');
  });

  it('says what is missing only once the shopper tries to send, and focuses the first field to fix', async () => {
    const { order } = showcase('#1003');
    const page = await openOrder('#1003');
    const root = await toolOf(page, 'suivi-return-request');
    await waitUntil(() => root.querySelector('form'));
    expect(root.querySelectorAll('.field-error').length).to.equal(0);
    button(root, 'Request return').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('.field-error'));
    expect([...root.querySelectorAll('.field-error')].map(textOf)).to.deep.equal(['Choose at least one item and how many to return.', 'Choose a reason.']);
    expect(root.activeElement).to.equal(quantityField(root, title(order, 0)));

    await typeInto(quantityField(root, title(order, 0)), '3');
    await choose(control<HTMLSelectElement>(root, 'Reason'), 'Something else');
    button(root, 'Request return').click();
    await waitUntil(() => textOf(root).includes('Enter a whole number from 0 to 1.'));
    expect(textOf(root)).to.contain('Say in a few words why you are returning these items.');
    expect(control(root, 'Tell us more')).to.exist;
    expect(root.activeElement).to.equal(quantityField(root, title(order, 0)));
    expect(api.store.getByNumber('#1003')!.returns).to.have.length(0, 'nothing was sent');
  });

  describe('refusals from the shop, each with the item and what to change, the form kept', () => {
    it('the return window has closed (the page cannot know the window: the shop says so)', async () => {
      const order = longDelivered();
      const { root } = await standalone(toCustomerView(order), order.orderNumber, order.customer.email);
      const field = quantityField(root, title(order, order.lineItems.findIndex((item) => item.id === order.shipments[0]!.lineItems[0]!.lineItemId)));
      await typeInto(field, '1');
      await choose(control<HTMLSelectElement>(root, 'Reason'), 'Arrived damaged');
      button(root, 'Request return').click();

      await waitUntil(() => alertText(root), 'no refusal shown', { timeout: 5000 });
      expect(alertText(root)).to.match(/^The return window for .+ closed on .+\. Set it to 0; if something is wrong with it, contact the shop\.$/);
      expect(root.activeElement).to.equal(field);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf(root.getElementById(`${field.id}-error`))).to.match(/^Return window closed on .+: set it to 0\.$/);
      expect(field.value).to.equal('1');
      expect(control<HTMLSelectElement>(root, 'Reason').value).to.equal('damaged');
    });

    it('more units than can still be returned (another tab filed a return meanwhile)', async () => {
      const { order, email } = showcase('#1005');
      const before = toCustomerView(order);
      const { root, session } = await standalone(before, '#1005', email);
      // The same shopper, in another tab, sends three of the four bowls back.
      await createSuiviClient({ baseUrl: API_BASE_URL }).requestReturn(session, { items: [{ lineItemId: order.lineItems[0]!.id, quantity: 3 }], reason: 'changed_mind' });

      const bowls = quantityField(root, title(order, 0));
      await typeInto(bowls, '2');
      await choose(control<HTMLSelectElement>(root, 'Reason'), 'Changed my mind');
      button(root, 'Request return').click();
      await waitUntil(() => alertText(root), 'no refusal shown', { timeout: 5000 });
      expect(alertText(root)).to.equal(`You can return at most 1 × ${title(order, 0)}: the rest is already in a return or not delivered. Lower the quantity.`);
      expect(textOf(root.getElementById(`${bowls.id}-hint`))).to.equal('Up to 1');
      expect(textOf(root.getElementById(`${bowls.id}-error`))).to.equal('At most 1.');
      expect(bowls.max).to.equal('1');
      expect(root.activeElement).to.equal(bowls);

      // Lowering it is what the message asked: the refusal goes, and the return is filed.
      await typeInto(bowls, '1');
      expect(alertText(root)).to.equal('');
      button(root, 'Request return').click();
      await waitUntil(() => textOf(root.querySelector('[part="status"]')).startsWith('Return requested'), 'not filed', { timeout: 5000 });
    });

    it('an item not delivered yet (the page believed it was)', async () => {
      const { order, email } = showcase('#1005');
      const believed = toCustomerView(order);
      believed.shipments[1] = { ...believed.shipments[1]!, status: 'delivered', deliveredAt: TEST_ANCHOR.toISOString() };
      const { root } = await standalone(believed, '#1005', email);
      const lamp = quantityField(root, title(order, 1));
      await typeInto(lamp, '1');
      await choose(control<HTMLSelectElement>(root, 'Reason'), 'Not as described');
      button(root, 'Request return').click();
      await waitUntil(() => alertText(root), 'no refusal shown', { timeout: 5000 });
      expect(alertText(root)).to.equal(`${title(order, 1)} has not been delivered yet, so it cannot be returned. Set it to 0, or come back once it arrives.`);
      expect(root.activeElement).to.equal(lamp);
    });

    it('an item that cannot be returned at all', async () => {
      const { order, email } = showcase('#1003');
      worker.use(
        http.post(RETURNS_URL, () =>
          HttpResponse.json(
            {
              code: 'unprocessable',
              message: 'Digital items and gift cards cannot be returned.',
              refusal: { code: 'not_returnable', reason: 'x', lineItemId: order.lineItems[1]!.id, returnableQuantity: 0, windowClosedAt: null },
            },
            { status: 422 },
          ),
        ),
      );
      const { root } = await standalone(toCustomerView(order), '#1003', email);
      await typeInto(quantityField(root, title(order, 1)), '1');
      await choose(control<HTMLSelectElement>(root, 'Reason'), 'Changed my mind');
      button(root, 'Request return').click();
      await waitUntil(() => alertText(root), 'no refusal shown', { timeout: 5000 });
      expect(alertText(root)).to.equal(`${title(order, 1)} cannot be returned: digital items and gift cards are final. Set it to 0.`);
    });

    it('a request with no answer (the connection dropped): may already be filed, said so, nothing lost', async () => {
      const { order, email } = showcase('#1003');
      worker.use(http.post(RETURNS_URL, () => HttpResponse.error()));
      const { root } = await standalone(toCustomerView(order), '#1003', email);
      await typeInto(quantityField(root, title(order, 0)), '1');
      await choose(control<HTMLSelectElement>(root, 'Reason'), 'Too large');
      button(root, 'Request return').click();
      await waitUntil(() => alertText(root), 'no failure shown', { timeout: 8000 });
      // No answer means the shop may have filed it: the alert does not claim it was not sent (see return-request-lost-answer.test.ts).
      expect(alertText(root)).to.equal('We did not hear back from the shop, so your return may already be filed. Try again: it will not be filed twice.');
      expect(quantityField(root, title(order, 0)).value).to.equal('1');
      expect(control<HTMLSelectElement>(root, 'Reason').value).to.equal('too_large');
    });
  });

  it('speaks French, and shows what the shopper wrote as text only', async () => {
    const { order, email } = showcase('#1003');
    const view = toCustomerView(order);
    view.returns = [{ id: 'ret_x', requestedAt: TEST_ANCHOR.toISOString(), status: 'declined', items: [{ lineItemId: order.lineItems[0]!.id, quantity: 1 }], reason: '<img src=x onerror="window.hacked=1">', declineReason: 'Délai dépassé' }];
    const session = await createSuiviClient({ baseUrl: API_BASE_URL }).lookupOrder({ orderNumber: '#1003', email });
    const el = await fixture<SuiviReturnRequest>(html`<suivi-return-request lang="fr" .order=${view} .access=${session} base-url=${API_BASE_URL}></suivi-return-request>`);
    const root = el.shadowRoot!;
    expect(textOf(root.querySelector('[part="heading"]'))).to.equal('Retours');
    expect(textOf(root.querySelector('[part="badge"]'))).to.equal('Retour refusé');
    expect(textOf(root.querySelector('[part="return"]'))).to.contain('<img src=x onerror="window.hacked=1">');
    expect(root.querySelector('img')).to.equal(null);
    expect(textOf(root.querySelector('[part="return"]'))).to.contain('La boutique l’a refusé : Délai dépassé');
    expect(quantityField(root, title(order, 1), 'fr')).to.exist;
    button(root, 'Demander le retour').click();
    await waitUntil(() => root.querySelector('.field-error'));
    expect(textOf(root.querySelector('.field-error'))).to.equal('Choisissez au moins un article et la quantité à retourner.');
    await expect(el).to.be.accessible();
  });
});
