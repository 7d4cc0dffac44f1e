/**
 * <suivi-return-request> when the shop files a return but its answer never reaches the page: the
 * mock's fault switch plays `respond_then_drop` (the return is filed, then the connection is cut).
 * The shopper must end up seeing one return, confirmed, whichever way they find out: the order's
 * live update, pressing "Request return" again (same Idempotency-Key, so the shop answers with the
 * return it already filed), reading the order again by itself (the fault matrix's rows), or
 * looking the order up again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Order } from '@suivi/model';
import { api, useMockApi, worker } from './support/mock-api.ts';
import { button, control, openOrder, showcase, textOf, toolOf, typeInto } from './support/shopper.ts';

useMockApi();

const RETURNS = '/v1/orders/:orderId/returns';
const EVENTS = '/v1/orders/:orderId/events';
/** The order itself, which the element reads again after a lost answer. */
const ORDER = '/v1/orders/:orderId';
const UNCONFIRMED = 'We did not hear back from the shop, so your return may already be filed. Try again: it will not be filed twice.';

function title(order: Order, index: number): string {
  const item = order.lineItems[index]!;
  return item.variant ? `${item.title} (${item.variant})` : item.title;
}

function quantityField(root: ShadowRoot, itemTitle: string): HTMLInputElement {
  return control(root, `${itemTitle}, quantity to return`);
}

function alertText(root: ShadowRoot): string {
  return textOf(root.querySelector('[role="alert"].shown'));
}

function confirmation(root: ShadowRoot): string {
  return textOf(root.querySelector('[part="status"]'));
}

/** The Idempotency-Key of every return request the page sends, in order. */
function recordKeys(): { keys: string[]; stop: () => void } {
  const keys: string[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && request.url.endsWith('/returns')) keys.push(request.headers.get('idempotency-key') ?? '');
  };
  worker.events.on('request:start', onRequest);
  return { keys, stop: () => worker.events.removeListener('request:start', onRequest) };
}

/** Opens the order's status page and fills the return form as a shopper: `quantity` of item `index`, reason "Too small". */
async function fillReturn(orderNumber: string, index: number, quantity: number) {
  const { order } = showcase(orderNumber);
  const page = await openOrder(orderNumber);
  const root = await toolOf(page, 'suivi-return-request');
  await waitUntil(() => root.querySelector('form'), 'no return form');
  await typeInto(quantityField(root, title(order, index)), String(quantity));
  const reason = control<HTMLSelectElement>(root, 'Reason');
  reason.focus();
  await sendKeys({ type: 'Too small' });
  await waitUntil(() => reason.value === 'too_small', 'the reason was not chosen');
  return { order, page, root };
}

describe('<suivi-return-request> when the answer is lost after the shop filed the return', () => {
  it('the order’s live update brings the return: it is confirmed once, with no failure beside it', async () => {
    api.faults.add({ match: { method: 'POST', path: RETURNS }, fault: { kind: 'respond_then_drop' } });
    const { order, root } = await fillReturn('#1003', 0, 1);
    const sent = recordKeys();
    try {
      await press(button(root, 'Request return'));
      await waitUntil(() => confirmation(root).startsWith('Return requested for'), 'the filed return was never confirmed', { timeout: 12000 });
    } finally {
      sent.stop();
    }
    expect(confirmation(root)).to.equal(`Return requested for ${title(order, 0)} × 1. We will keep you posted as it moves on.`);
    expect(alertText(root), 'no failure next to a filed return').to.equal('');
    expect(root.querySelectorAll('[part="return"]')).to.have.length(1);
    expect(api.store.getByNumber('#1003')!.returns).to.have.length(1, 'one return, not one per attempt');
    expect(new Set(sent.keys).size).to.equal(1, 'every attempt named by one key');
    // The item is now in a return: its field gives way to the reason it cannot be chosen again.
    expect(() => quantityField(root, title(order, 0))).to.throw();
    expect(textOf(root.querySelector('.blocked'))).to.contain(`${title(order, 0)}: already in a return.`);
    // Nothing left of the failed attempt: the other item can be returned with a fresh request.
    await typeInto(quantityField(root, title(order, 1)), '1');
    control<HTMLSelectElement>(root, 'Reason').focus();
    await sendKeys({ type: 'Too small' });
    await press(button(root, 'Request return'));
    await waitUntil(() => confirmation(root).startsWith(`Return requested for ${title(order, 1)}`), 'the second return was not confirmed', { timeout: 12000 });
    expect(api.store.getByNumber('#1003')!.returns).to.have.length(2);
    expect(root.querySelectorAll('[part="return"]')).to.have.length(2);
  });

  it('no update comes (live stream down): the alert says it may be filed, the form is kept, and sending again gives back the same return', async function () {
    // The transport's own retries of the return and of the order read again take a few seconds.
    this.timeout(20_000);
    api.faults.add({ match: { method: 'GET', path: EVENTS }, fault: { kind: 'drop' } });
    api.faults.add({ match: { method: 'POST', path: RETURNS }, fault: { kind: 'respond_then_drop' }, times: 3 });
    const { order, root } = await fillReturn('#1003', 0, 1);
    // Nor can the order be read again (the element's check after a lost answer).
    api.faults.add({ match: { method: 'GET', path: ORDER }, fault: { kind: 'drop' } });
    const sent = recordKeys();
    try {
      await press(button(root, 'Request return'));
      await waitUntil(() => alertText(root), 'no failure shown', { timeout: 12000 });
      expect(alertText(root)).to.equal(UNCONFIRMED);
      expect(alertText(root)).not.to.match(/not found/i);
      expect(api.store.getByNumber('#1003')!.returns, 'the shop filed it').to.have.length(1);
      expect(quantityField(root, title(order, 0)).value, 'what was typed stays').to.equal('1');
      expect(control<HTMLSelectElement>(root, 'Reason').value).to.equal('too_small');

      await press(button(root, 'Request return'));
      await waitUntil(() => confirmation(root).startsWith('Return requested for'), 'sending again did not confirm the return', { timeout: 12000 });
    } finally {
      sent.stop();
    }
    expect(sent.keys.length).to.equal(4, 'three attempts, then one by hand');
    expect(new Set(sent.keys).size).to.equal(1, 'sending again reuses the attempt’s key');
    const returns = api.store.getByNumber('#1003')!.returns;
    expect(returns).to.have.length(1, 'the shop answered with the return it had filed');
    expect(alertText(root)).to.equal('');
    expect(root.querySelectorAll('[part="return"]')).to.have.length(1);
    expect(textOf(root.querySelector('[part="return"]'))).to.contain(`${title(order, 0)} × 1`);
  });

  it('the shopper looks the order up again instead: the return shows once and what is left to return is right', async () => {
    api.faults.add({ match: { method: 'GET', path: EVENTS }, fault: { kind: 'drop' } });
    api.faults.add({ match: { method: 'POST', path: RETURNS }, fault: { kind: 'respond_then_drop' }, times: 3 });
    // #1005's first parcel brought four bowls: ask for three.
    const { order, root } = await fillReturn('#1005', 0, 3);
    api.faults.add({ match: { method: 'GET', path: ORDER }, fault: { kind: 'drop' } });
    await press(button(root, 'Request return'));
    await waitUntil(() => alertText(root) === UNCONFIRMED, 'no failure shown', { timeout: 12000 });
    api.faults.clear();

    const again = await openOrder('#1005');
    const fresh = await toolOf(again, 'suivi-return-request');
    await waitUntil(() => fresh.querySelector('[part="return"]'), 'the filed return does not show after looking the order up again');
    expect(fresh.querySelectorAll('[part="return"]')).to.have.length(1);
    expect(textOf(fresh.querySelector('[part="return"]'))).to.contain(`${title(order, 0)} × 3`);
    const field = quantityField(fresh, title(order, 0));
    expect(field.max).to.equal('1', 'four delivered, three in a return');
    expect(textOf(field.closest('.item-row')!.querySelector('.hint'))).to.equal('Up to 1');
    expect(api.store.getByNumber('#1005')!.returns).to.have.length(1);
  });
});

async function press(target: HTMLElement) {
  target.focus();
  await sendKeys({ press: 'Enter' });
}
