/**
 * <suivi-order-detail> as staff use it: read the whole order, take each allowed action, see each
 * refused one explained, add notes and tags, mark an order shipped through the confirmation and
 * undo it (nothing sent, nobody told), and meet a conflict when someone else changed the order.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { unshippedQuantities, type Order } from '@suivi/model';
import { createSuiviAdminClient } from '@suivi/sdk';
import '@suivi/components/define/order-detail';
import { api, useMockApi, worker } from './support/mock-api.ts';
import { button, control, press, textOf, typeInto } from './support/shopper.ts';

useMockApi();

const BASE_URL = '/api';

/** The first seeded order that passes `test`. */
function orderWhere(test: (order: Order) => boolean, what: string): Order {
  const found = api.store.all().find(test);
  if (!found) throw new Error(`The seed has no ${what}`);
  return found;
}

/** Paid, open, not on hold, with physical items left to ship: one the fulfil dialog can ship. */
function unshippedPaid(): Order {
  return orderWhere(
    (order) => order.state === 'open' && order.payment.status === 'paid' && !order.fulfillmentHold && order.shipments.length === 0 && unshippedQuantities(order).size > 0,
    'paid order waiting to ship',
  );
}

async function openDetail(order: Order, options: { lang?: string; theme?: string; undoSeconds?: number } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'en'}>
    <suivi-order-detail order-id=${order.id} base-url=${BASE_URL} admin-key=${api.adminKey} theme=${options.theme ?? 'light'} undo-seconds=${options.undoSeconds ?? 5}></suivi-order-detail>
  </div>`);
  const el = wrapper.querySelector('suivi-order-detail')!;
  await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'the order did not load');
  return { el, root: el.shadowRoot!, wrapper };
}

function actionButton(root: ShadowRoot, action: string): HTMLButtonElement {
  return root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
}

function statusText(root: ShadowRoot): string {
  return textOf(root.querySelector('.visually-hidden[role="status"]'));
}

/** What the panel shows under its actions about the merchant's own last change. */
function outcomeText(root: ShadowRoot): string {
  return textOf(root.querySelector('[part="outcome"]'));
}

/** The tr of the totals whose heading is `label`, if shown. */
function totalsRow(root: ShadowRoot, label: string): HTMLTableRowElement | undefined {
  return [...root.querySelectorAll<HTMLTableRowElement>('tfoot tr')].find((row) => textOf(row.querySelector('th')) === label);
}

/** The value shown for a label of a definition list. */
function shown(root: ShadowRoot, label: string): string {
  const term = [...root.querySelectorAll('dt')].find((dt) => textOf(dt) === label);
  return textOf(term?.nextElementSibling);
}

describe('<suivi-order-detail>', () => {
  it('is accessible in light and dark, English and French, with the fulfil dialog open', async () => {
    for (const [lang, theme] of [['en', 'light'], ['fr', 'dark']] as const) {
      const { root, wrapper } = await openDetail(unshippedPaid(), { lang, theme });
      await expect(wrapper).to.be.accessible();
      await press(actionButton(root, 'fulfill'), 'Enter');
      await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
      await expect(wrapper).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !root.querySelector('dialog')!.open, 'the dialog stayed open');
    }
  });

  it('shows the whole order: statuses, payment, customer, addresses, note, items, totals, shipments, timeline', async () => {
    const order = api.store.getByNumber('#1002')!;
    const { root } = await openDetail(order);
    expect(textOf(root.querySelector('h2'))).to.equal('Order #1002');
    expect(shown(root, 'Payment')).to.equal('Paid');
    expect(shown(root, 'E-mail')).to.equal('oliver.bennett@example.co.uk');
    expect(shown(root, 'Phone')).to.equal('+44 7700 900123');
    expect(shown(root, 'Customer note')).to.equal('Please leave with the neighbour at number 12.');
    expect(shown(root, 'Shipping address')).to.contain(order.shippingAddress!.line1);
    expect(shown(root, 'Billing address')).to.contain(order.billingAddress!.city);
    expect(shown(root, 'Shipping method')).to.contain(order.shippingMethod!.name);
    const text = textOf(root);
    for (const item of order.lineItems) expect(text).to.contain(item.title);
    for (const label of ['Subtotal', 'Shipping', 'Taxes', 'Total']) expect(totalsRow(root, label), label).not.to.equal(undefined);
    // #1002 has no discount and no handling fee: no "Discount -£0.00" line.
    expect(order.totals.discount.amount).to.equal(0);
    expect(totalsRow(root, 'Discount')).to.equal(undefined);
    expect(totalsRow(root, 'Handling')).to.equal(undefined);
    expect(text).to.contain(order.shipments[0]!.trackingNumber!);
    expect(text).to.contain('Out for delivery');
    expect(textOf(root.querySelector('[aria-labelledby="timeline-h"]'))).to.contain('Order placed');
  });

  it('marks an order shipped only after the confirmation and the countdown, and e-mails the customer', async () => {
    const order = unshippedPaid();
    const { root } = await openDetail(order, { undoSeconds: 1 });
    await press(actionButton(root, 'fulfill'), 'Enter');
    const dialog = root.querySelector('dialog')!;
    await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
    expect(dialog.open).to.equal(true);
    const who = textOf(root.querySelector('#ship-who'));
    expect(who).to.match(new RegExp(`^${order.customer.name} will be e-mailed at ${order.customer.email.replace(/\./g, '\\.')}`));
    expect(control(root, 'Notify the customer').checked).to.equal(true);
    await typeInto(control(root, 'Tracking number (optional)'), '6A12345678901');
    await press(button(root, 'Mark as shipped'), 'Enter');
    expect(dialog.open).to.equal(false);
    // Waiting: nothing sent yet.
    expect(textOf(root.querySelector('[part="toast"]'))).to.match(/Marked as shipped Sending in 1 s Undo/);
    expect(api.store.getById(order.id)!.shipments).to.have.length(0);
    await waitUntil(() => api.store.getById(order.id)!.shipments.length === 1, 'the shipment was never sent', { timeout: 4000 });
    await waitUntil(() => statusText(root).includes(`${order.customer.name} was told`), 'no confirmation');
    const stored = api.store.getById(order.id)!;
    expect(stored.shipments[0]!.trackingNumber).to.equal('6A12345678901');
    expect(api.store.outbox.forOrder(order.id).some((message) => message.channel === 'email' && message.recipient === order.customer.email)).to.equal(true);
    expect(root.querySelector('[part="toast"]')).to.equal(null);
    expect(shown(root, 'Fulfilment')).to.equal('Shipped');
  });

  it('sends nothing when Undo is pressed during the countdown', async () => {
    const order = unshippedPaid();
    let writes = 0;
    worker.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.includes('/actions/')) writes++;
    });
    const { root } = await openDetail(order, { undoSeconds: 2 });
    await press(actionButton(root, 'fulfill'), 'Enter');
    await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
    await press(button(root, 'Mark as shipped'), 'Enter');
    // Focus is on Undo, ready for the keyboard.
    await waitUntil(() => root.activeElement === button(root, 'Undo'), 'Undo did not get focus');
    await sendKeys({ press: 'Enter' });
    const undone = 'Undone: Mark as shipped. Nothing was sent and the customer was not told.';
    await waitUntil(() => statusText(root) === undone, 'undo not announced');
    // Seen too, not only announced, where the toast was.
    expect(outcomeText(root)).to.equal(undone);
    await new Promise((resolve) => setTimeout(resolve, 2600));
    worker.events.removeAllListeners();
    expect(writes).to.equal(0);
    expect(api.store.getById(order.id)!.shipments).to.have.length(0);
    expect(api.store.outbox.forOrder(order.id)).to.have.length(0);
    expect(root.activeElement).to.equal(actionButton(root, 'fulfill'));
  });

  it('ships part of an order without telling the customer, and says so before', async () => {
    const order = orderWhere(
      (candidate) => candidate.state === 'open' && candidate.payment.status === 'paid' && !candidate.fulfillmentHold && candidate.shipments.length === 0 && unshippedQuantities(candidate).size > 1,
      'paid order with two items to ship',
    );
    const { root } = await openDetail(order, { undoSeconds: 0 });
    await press(actionButton(root, 'fulfill'), 'Enter');
    await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
    const notify = control(root, 'Notify the customer');
    notify.focus();
    await sendKeys({ press: 'Space' });
    expect(textOf(root.querySelector('#ship-who'))).to.equal(`${order.customer.name} will not be told.`);
    const [firstId] = [...unshippedQuantities(order).keys()];
    const first = root.querySelector<HTMLInputElement>(`#ship-${firstId}`)!;
    await typeInto(first, '0');
    await press(button(root, 'Mark as shipped'), 'Enter');
    await waitUntil(() => api.store.getById(order.id)!.shipments.length === 1, 'not shipped');
    const shipment = api.store.getById(order.id)!.shipments[0]!;
    expect(shipment.lineItems.some((line) => line.lineItemId === firstId)).to.equal(false);
    expect(api.store.outbox.forOrder(order.id)).to.have.length(0);
    await waitUntil(() => shown(root, 'Fulfilment') === 'Partially shipped', 'not redrawn');
  });

  it('refuses a wrong tracking number in the dialog and keeps it open; Escape closes it', async () => {
    const { root } = await openDetail(unshippedPaid());
    await press(actionButton(root, 'fulfill'), 'Enter');
    await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
    await typeInto(control(root, 'Tracking number (optional)'), 'no!');
    await press(button(root, 'Mark as shipped'), 'Enter');
    expect(root.querySelector('dialog')!.open).to.equal(true);
    expect(textOf(root.querySelector('#ship-tracking-error'))).to.equal('Use 4 to 40 letters, digits or dashes.');
    expect(root.activeElement?.id).to.equal('ship-tracking');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root.querySelector('dialog')!.open, 'Escape did not close the dialog');
    expect(root.querySelector('[part="toast"]')).to.equal(null);
  });

  it('offers the allowed actions and explains the refused ones', async () => {
    const order = orderWhere((candidate) => candidate.state === 'open' && candidate.payment.status === 'pending' && candidate.shipments.length === 0, 'pending order');
    const { root } = await openDetail(order);
    const fulfil = actionButton(root, 'fulfill');
    expect(fulfil.getAttribute('aria-disabled')).to.equal('true');
    const why = root.getElementById(fulfil.getAttribute('aria-describedby')!)!;
    expect(textOf(why)).to.equal('The order is not paid yet.');
    await press(fulfil, 'Enter');
    expect(root.querySelector('dialog')!.open).to.equal(false);
    expect(textOf(root.getElementById(actionButton(root, 'unarchive').getAttribute('aria-describedby')!))).to.equal('Only archived orders can be unarchived.');

    await press(actionButton(root, 'mark_paid'), 'Enter');
    await waitUntil(() => statusText(root) === 'Marked as paid.', 'not announced');
    expect(api.store.getById(order.id)!.payment.status).to.equal('paid');
    expect(shown(root, 'Payment')).to.equal('Paid');
    expect(actionButton(root, 'mark_paid').getAttribute('aria-disabled')).to.equal('true');
    expect(actionButton(root, 'fulfill').getAttribute('aria-disabled')).to.equal('false');

    await press(actionButton(root, 'archive'), 'Enter');
    await waitUntil(() => statusText(root) === 'Order archived.', 'archive not announced');
    expect(api.store.getById(order.id)!.state).to.equal('archived');
    await press(actionButton(root, 'unarchive'), 'Enter');
    await waitUntil(() => statusText(root) === 'Order unarchived.', 'unarchive not announced');
    expect(api.store.getById(order.id)!.state).to.equal('open');
  });

  it('holds with a reason (required), releases, cancels and refunds through their forms', async () => {
    const order = unshippedPaid();
    const { root } = await openDetail(order);
    await press(actionButton(root, 'hold_fulfillment'), 'Enter');
    await press(button(root, 'Confirm'), 'Enter');
    expect(textOf(root.querySelector('#edit-reason-error'))).to.equal('Fill this in.');
    expect(root.activeElement?.id).to.equal('edit-reason');
    await sendKeys({ type: 'Address to check with the customer' });
    await press(button(root, 'Confirm'), 'Enter');
    await waitUntil(() => outcomeText(root) === 'Fulfilment put on hold.', 'hold not shown');
    // The form closed: focus went to what it did, not to the page.
    expect(root.activeElement).to.equal(root.querySelector('[part="outcome"]'));
    expect(api.store.getById(order.id)!.fulfillmentHold?.reason).to.equal('Address to check with the customer');
    expect(textOf(root.getElementById('why-fulfill'))).to.equal('Fulfilment is on hold; release it first.');
    await press(actionButton(root, 'release_fulfillment'), 'Enter');
    await waitUntil(() => statusText(root) === 'Fulfilment released.', 'release not announced');
    expect(root.activeElement).to.equal(actionButton(root, 'release_fulfillment'));

    await press(actionButton(root, 'refund'), 'Enter');
    const full = control(root, /^Refund everything left/);
    full.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => root.querySelector('#edit-amount'), 'no amount field');
    await typeInto(control(root, `Amount to refund (${order.currency})`), '999999');
    await press(button(root, 'Confirm'), 'Enter');
    expect(textOf(root.querySelector('#edit-amount-error'))).to.match(/^Enter an amount between 0\.01 and/);
    await typeInto(control(root, `Amount to refund (${order.currency})`), '1.50');
    await press(button(root, 'Confirm'), 'Enter');
    const refunded = `Refunded ${new Intl.NumberFormat('en', { style: 'currency', currency: order.currency }).format(1.5)}.`;
    await waitUntil(() => outcomeText(root) === refunded, `refund not shown: ${outcomeText(root)}`);
    expect(api.store.getById(order.id)!.payment.amountRefunded.amount).to.equal(150);
    // Focus stays in the panel, on what was done, never on the page.
    expect(root.activeElement).to.equal(root.querySelector('[part="outcome"]'));
    expect(statusText(root)).not.to.contain('Changed elsewhere');

    await press(actionButton(root, 'cancel'), 'Enter');
    await typeInto(control(root, 'Reason (kept as a staff note)'), 'Out of stock');
    await press(button(root, 'Confirm'), 'Enter');
    await waitUntil(() => outcomeText(root) === 'Order cancelled.', 'cancel not shown');
    expect(root.activeElement).to.equal(root.querySelector('[part="outcome"]'));
    expect(api.store.getById(order.id)!.state).to.equal('cancelled');
    expect(shown(root, 'Order')).to.equal('Cancelled');
  });

  it('adds tracking to a shipment sent without it', async () => {
    const order = unshippedPaid();
    await createSuiviAdminClient({ baseUrl: BASE_URL, adminKey: api.adminKey }).act(order.id, 'fulfill', { carrier: 'colissimo', notifyCustomer: false }, { version: order.version });
    const { root } = await openDetail(order);
    await press(actionButton(root, 'add_tracking'), 'Enter');
    await typeInto(control(root, 'Tracking number'), '6A99999999999');
    await press(button(root, 'Confirm'), 'Enter');
    await waitUntil(() => outcomeText(root) === 'Tracking number added.', 'not shown');
    expect(api.store.getById(order.id)!.shipments[0]!.trackingNumber).to.equal('6A99999999999');
  });

  it('Add tracking refuses a tracking number of spaces only with its own message, keeps what was typed, and clears the error once fixed (English and French)', async () => {
    for (const [lang, label, confirm, message, done] of [
      ['en', 'Tracking number', 'Confirm', 'Spaces alone are not a tracking number: enter the number.', 'Tracking number added.'],
      ['fr', 'Numéro de suivi', 'Confirmer', 'Des espaces seuls ne font pas un numéro de suivi : saisissez le numéro.', 'Numéro de suivi ajouté.'],
    ] as const) {
      const order = unshippedPaid();
      await createSuiviAdminClient({ baseUrl: BASE_URL, adminKey: api.adminKey }).act(order.id, 'fulfill', { carrier: 'colissimo', notifyCustomer: false }, { version: order.version });
      const { root } = await openDetail(order, { lang });
      await press(actionButton(root, 'add_tracking'), 'Enter');
      const tracking = control(root, label);
      await typeInto(tracking, '   ');
      await press(button(root, confirm), 'Enter');
      await waitUntil(() => root.querySelector('#edit-tracking-error'), 'no error beside the field');
      expect(textOf(root.querySelector('#edit-tracking-error'))).to.equal(message);
      expect(tracking.getAttribute('aria-invalid')).to.equal('true');
      expect(tracking.getAttribute('aria-describedby')).to.equal('edit-tracking-error');
      expect(root.activeElement).to.equal(tracking);
      expect(tracking.value, 'what was typed stays').to.equal('   ');
      expect(api.store.getById(order.id)!.shipments[0]!.trackingNumber ?? null).to.equal(null);
      // Typing the number after the spaces clears the error at once; the trimmed number is added.
      await sendKeys({ type: '6A98765432101 ' });
      await waitUntil(() => !root.querySelector('#edit-tracking-error'), 'the error stayed after the fix');
      expect(tracking.hasAttribute('aria-invalid')).to.equal(false);
      await press(button(root, confirm), 'Enter');
      await waitUntil(() => outcomeText(root) === done, `outcome: ${outcomeText(root)}`);
      expect(api.store.getById(order.id)!.shipments[0]!.trackingNumber).to.equal('6A98765432101');
    }
  });

  it('adds a staff note and adds and removes tags', async () => {
    const order = unshippedPaid();
    const { root } = await openDetail(order);
    await typeInto(control(root, 'Add a note (staff only)'), 'Customer called: gift wrap please.');
    await press(button(root, 'Add note'), 'Enter');
    await waitUntil(() => statusText(root) === 'Note added.', 'note not announced');
    expect(textOf(root.querySelector('[aria-labelledby="notes-h"]'))).to.contain('Customer called: gift wrap please.');
    expect(control<HTMLTextAreaElement>(root, 'Add a note (staff only)').value).to.equal('');

    await typeInto(control(root, 'Add a tag'), 'vip');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusText(root) === 'Tag vip added.', 'tag not announced');
    expect(api.store.getById(order.id)!.tags).to.include('vip');
    await typeInto(control(root, 'Add a tag'), 'a,b');
    await sendKeys({ press: 'Enter' });
    expect(textOf(root.querySelector('#tag-text-error'))).to.contain('commas');
    await press(root.querySelector<HTMLButtonElement>('[aria-label="Remove tag vip"]')!, 'Enter');
    await waitUntil(() => outcomeText(root) === 'Tag vip removed.', 'removal not shown');
    expect(root.activeElement).to.equal(root.querySelector('[part="outcome"]'));
    expect(api.store.getById(order.id)!.tags).not.to.include('vip');
  });

  it('says someone else changed the order, shows what, and applies nothing', async () => {
    const order = unshippedPaid();
    const { root } = await openDetail(order);
    // Another member of staff, elsewhere, tags it and puts it on hold.
    const other = createSuiviAdminClient({ baseUrl: BASE_URL, adminKey: api.adminKey });
    const tagged = await other.editTags(order.id, { add: ['fragile'] }, { version: order.version });
    await other.act(order.id, 'hold_fulfillment', { reason: 'Check stock' }, { version: tagged.order.version });
    await press(actionButton(root, 'archive'), 'Enter');
    await waitUntil(() => root.querySelector('[part="alert"]'), 'no conflict shown');
    const alert = textOf(root.querySelector('[part="alert"]'));
    expect(alert).to.contain('Someone else changed this order');
    expect(alert).to.contain('Your change (Archive) was not applied.');
    expect(alert).to.contain('Fulfilment: Not shipped yet → On hold');
    expect(alert).to.contain('Tags: +fragile');
    expect(root.activeElement).to.equal(root.querySelector('[part="alert"]'));
    expect(api.store.getById(order.id)!.state).to.equal('open');
    // The panel now shows the order as it is.
    expect(shown(root, 'Fulfilment')).to.contain('On hold');
  });

  it('captures an authorised payment, then refunds all of it through the form', async () => {
    const order = orderWhere((candidate) => candidate.state === 'open' && candidate.payment.status === 'authorized', 'authorised payment');
    const { root } = await openDetail(order);
    expect(textOf(root.getElementById('why-refund'))).to.equal('Nothing paid is left to refund.');
    await press(actionButton(root, 'capture_payment'), 'Enter');
    await waitUntil(() => statusText(root) === 'Payment captured.', 'capture not announced');
    expect(api.store.getById(order.id)!.payment.status).to.equal('paid');
    expect(shown(root, 'Payment')).to.equal('Paid');
    expect(textOf(root.getElementById('why-capture_payment'))).to.equal('Only an authorised payment can be captured.');

    await press(actionButton(root, 'refund'), 'Enter');
    expect(control(root, /^Refund everything left/).checked).to.equal(true);
    await press(button(root, 'Confirm'), 'Enter');
    await waitUntil(() => outcomeText(root).startsWith('Refunded '), 'refund not shown');
    const refunded = api.store.getById(order.id)!.payment;
    expect(outcomeText(root)).to.equal(`Refunded ${new Intl.NumberFormat('en', { style: 'currency', currency: order.currency }).format(refunded.amountRefunded.amount / 100)}.`);
    expect(refunded.amountRefunded.amount).to.equal(refunded.amountPaid.amount);
    expect(shown(root, 'Payment')).to.equal('Refunded');
    expect(textOf(root.getElementById('why-refund'))).to.equal('Nothing paid is left to refund.');
  });

  it('explains every action an archived order refuses, and does nothing when one is pressed', async () => {
    const order = orderWhere((candidate) => candidate.state === 'archived', 'archived order');
    const { root } = await openDetail(order);
    for (const action of ['mark_paid', 'hold_fulfillment', 'fulfill', 'cancel', 'refund', 'archive']) {
      expect(actionButton(root, action).getAttribute('aria-disabled'), action).to.equal('true');
      expect(textOf(root.getElementById(`why-${action}`)), action).to.equal('The order is archived; unarchive it first.');
    }
    await press(actionButton(root, 'cancel'), 'Enter');
    expect(root.querySelector('.edit-form')).to.equal(null);
    expect(api.store.getById(order.id)!.version).to.equal(order.version);
  });

  it('a shipment waiting behind Undo while someone else changes the order: a conflict, the tracking number kept, and the dialog filled in again', async () => {
    const order = unshippedPaid();
    const { root } = await openDetail(order, { undoSeconds: 2 });
    await press(actionButton(root, 'fulfill'), 'Enter');
    await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
    const carrier = control<HTMLSelectElement>(root, 'Carrier');
    carrier.focus();
    await sendKeys({ press: 'ArrowDown' });
    const chosen = carrier.value;
    await typeInto(control(root, 'Tracking number (optional)'), 'CONFLICT1234');
    await press(button(root, 'Mark as shipped'), 'Enter');
    // Another back office tags the order during the countdown.
    await createSuiviAdminClient({ baseUrl: BASE_URL, adminKey: api.adminKey }).editTags(order.id, { add: ['fragile'] }, { version: order.version });
    await waitUntil(() => root.querySelector('[part="alert"]'), 'no conflict shown', { timeout: 5000 });
    const alert = textOf(root.querySelector('[part="alert"]'));
    expect(alert).to.contain('Someone else changed this order');
    expect(alert).to.contain('Your change (Mark as shipped) was not applied.');
    expect(alert).to.contain('Changed by another back office at');
    expect(alert).to.contain('Tags: +fragile');
    expect(alert).to.contain('Your shipment details are kept (tracking number CONFLICT1234).');
    expect(api.store.getById(order.id)!.shipments).to.have.length(0);
    expect(textOf(root.querySelector('.tags'))).to.contain('fragile');

    await press(button(root, 'Review and mark as shipped'), 'Enter');
    await waitUntil(() => root.querySelector('dialog')!.open && root.querySelector('#ship-carrier'), 'dialog not reopened');
    expect(control(root, 'Tracking number (optional)').value).to.equal('CONFLICT1234');
    expect(control<HTMLSelectElement>(root, 'Carrier').value).to.equal(chosen);
    await press(button(root, 'Mark as shipped'), 'Enter');
    await waitUntil(() => api.store.getById(order.id)!.shipments.length === 1, 'not shipped the second time', { timeout: 5000 });
    expect(api.store.getById(order.id)!.shipments[0]!.trackingNumber).to.equal('CONFLICT1234');
    expect(api.store.getById(order.id)!.shipments[0]!.carrier.code).to.equal(chosen);
  });

  it('says why the shop refused a change (422)', async () => {
    const order = unshippedPaid();
    worker.use(
      http.post('/api/v1/admin/orders/:id/actions/:action', () =>
        HttpResponse.json({ code: 'unprocessable', message: 'No.', refusal: { code: 'quantity_exceeds_unfulfilled', reason: 'More units than are left.' } }, { status: 422 }),
      ),
    );
    const { root } = await openDetail(order, { lang: 'fr', undoSeconds: 0 });
    await press(actionButton(root, 'fulfill'), 'Enter');
    await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
    await press(button(root, 'Marquer comme expédiée'), 'Enter');
    await waitUntil(() => root.querySelector('[part="alert"]'), 'no refusal shown');
    expect(textOf(root.querySelector('[part="alert"]'))).to.equal('La boutique a refusé cette modification Plus d’unités qu’il n’en reste à expédier.');
  });

  it('offers Try again after a failure, and the retry acts once', async () => {
    const order = orderWhere((candidate) => candidate.state === 'open' && candidate.payment.status === 'pending' && candidate.shipments.length === 0, 'pending order');
    let keys: string[] = [];
    let fail = true;
    worker.use(
      http.post('/api/v1/admin/orders/:id/actions/mark_paid', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key') ?? '');
        if (fail) return HttpResponse.json({ code: 'internal', message: 'Boom' }, { status: 500 });
        return undefined;
      }),
    );
    const { root } = await openDetail(order);
    await press(actionButton(root, 'mark_paid'), 'Enter');
    await waitUntil(() => root.querySelector('[part="alert"]'), 'no failure shown', { timeout: 8000 });
    expect(textOf(root.querySelector('[part="alert"]'))).to.contain('The change could not be sent. Nothing was changed');
    fail = false;
    const firstKeys = new Set(keys);
    keys = [];
    await press(button(root, 'Try again'), 'Enter');
    await waitUntil(() => statusText(root) === 'Marked as paid.', 'retry not announced');
    expect(firstKeys.size).to.equal(1);
    expect(keys.every((key) => firstKeys.has(key))).to.equal(true);
  });

  it('refreshes when its order changes elsewhere, and warns if staff were typing', async () => {
    const order = unshippedPaid();
    const { el, root } = await openDetail(order);
    const other = createSuiviAdminClient({ baseUrl: BASE_URL, adminKey: api.adminKey });
    const tagged = await other.editTags(order.id, { add: ['gift'] }, { version: order.version });
    el.orderChanged(tagged.order);
    await waitUntil(() => statusText(root) === 'Changed elsewhere: this order now shows the latest details.', 'refresh not announced');
    expect(textOf(root.querySelector('.tags'))).to.contain('gift');

    await typeInto(control(root, 'Add a note (staff only)'), 'Half typed');
    const again = await other.editTags(order.id, { add: ['rush'] }, { version: tagged.order.version });
    el.orderChanged(again.order);
    await waitUntil(() => textOf(root).includes('This order just changed elsewhere'), 'no warning');
    await waitUntil(() => textOf(root.querySelector('.tags')).includes('rush'), 'not refreshed');
    expect(control<HTMLTextAreaElement>(root, 'Add a note (staff only)').value).to.equal('Half typed');
  });

  it('says when the order cannot be loaded, with Try again', async () => {
    const order = unshippedPaid();
    worker.use(http.get('/api/v1/admin/orders/:id', () => HttpResponse.json({ code: 'internal', message: 'Boom' }, { status: 500 })));
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-order-detail order-id=${order.id} base-url=${BASE_URL} admin-key=${api.adminKey}></suivi-order-detail></div>`);
    const root = wrapper.querySelector('suivi-order-detail')!.shadowRoot!;
    await waitUntil(() => textOf(root).includes('The order could not be loaded.'), 'no failure', { timeout: 8000 });
    worker.resetHandlers();
    await press(button(root, 'Try again'), 'Enter');
    await waitUntil(() => root.querySelector('h2'), 'not loaded on retry');
  });
  it('refuses a tracking number of spaces only, keeps the dialog open, and ships the trimmed number', async () => {
    const order = unshippedPaid();
    const { root } = await openDetail(order, { undoSeconds: 0 });
    await press(actionButton(root, 'fulfill'), 'Enter');
    await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
    // Left empty (it is optional): the confirmation says the e-mail will carry no tracking number.
    expect(textOf(root.querySelector('#ship-who'))).to.contain('The e-mail will have no tracking number.');
    const tracking = control(root, 'Tracking number (optional)');
    await typeInto(tracking, '   ');
    await press(button(root, 'Mark as shipped'), 'Enter');
    expect(root.querySelector('dialog')!.open).to.equal(true);
    expect(textOf(root.querySelector('#ship-tracking-error'))).to.equal('Enter a tracking number, or leave the field empty.');
    expect(tracking.getAttribute('aria-invalid')).to.equal('true');
    expect(root.activeElement).to.equal(tracking);
    expect(tracking.value).to.equal('   ');
    expect(root.querySelector('[part="toast"]')).to.equal(null);
    // Typing a real number clears the error at once, and the confirmation no longer warns.
    await sendKeys({ type: '6A12345678901 ' });
    await waitUntil(() => !root.querySelector('#ship-tracking-error'), 'the error stayed');
    expect(textOf(root.querySelector('#ship-who'))).not.to.contain('no tracking number');
    await press(button(root, 'Mark as shipped'), 'Enter');
    await waitUntil(() => api.store.getById(order.id)!.shipments.length === 1, 'not shipped', { timeout: 4000 });
    expect(api.store.getById(order.id)!.shipments[0]!.trackingNumber).to.equal('6A12345678901');
  });

  it('says "Only N left to ship" for a quantity above what is left, per item, and clears it once fixed', async () => {
    const order = unshippedPaid();
    const { root } = await openDetail(order, { lang: 'fr' });
    await press(actionButton(root, 'fulfill'), 'Enter');
    await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
    const [[lineItemId, left]] = [...unshippedQuantities(order)];
    const quantity = root.querySelector<HTMLInputElement>(`#ship-${lineItemId}`)!;
    await typeInto(quantity, String(left! + 3));
    await press(button(root, 'Marquer comme expédiée'), 'Enter');
    expect(root.querySelector('dialog')!.open).to.equal(true);
    expect(textOf(root.querySelector(`#ship-${lineItemId}-error`))).to.equal(`Il n’en reste que ${left} à expédier.`);
    expect(root.activeElement).to.equal(quantity);
    await typeInto(quantity, '1');
    await waitUntil(() => !root.querySelector(`#ship-${lineItemId}-error`), 'the error stayed after the fix');
    expect(quantity.hasAttribute('aria-invalid')).to.equal(false);
    expect(api.store.getById(order.id)!.shipments).to.have.length(0);
  });

  it('the ship dialog says so when another tab ships the order meanwhile, keeps the tracking number, and offers to add it to that shipment', async () => {
    const order = unshippedPaid();
    const { el, root } = await openDetail(order);
    await press(actionButton(root, 'fulfill'), 'Enter');
    await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
    await typeInto(control(root, 'Tracking number (optional)'), '6A22222222222');
    // Tab B ships everything, without a tracking number; the live feed tells this panel.
    const other = createSuiviAdminClient({ baseUrl: BASE_URL, adminKey: api.adminKey });
    const shipped = await other.act(order.id, 'fulfill', { carrier: 'colissimo', notifyCustomer: false }, { version: order.version });
    el.orderChanged(shipped.order);
    const dialog = root.querySelector('dialog')!;
    await waitUntil(() => dialog.querySelector('[role="alert"]'), 'the dialog did not say what changed');
    const alert = textOf(dialog.querySelector('[role="alert"]'));
    expect(alert).to.contain('This order changed elsewhere while this dialog was open.');
    expect(alert).to.contain('Fulfilment: Not shipped yet → Shipped');
    expect(alert).to.contain('Everything was already shipped elsewhere');
    expect(alert).to.contain('What you typed is kept.');
    expect(dialog.open).to.equal(true);
    // No "Mark as shipped" that would do nothing; what was typed is still there.
    expect([...dialog.querySelectorAll('button')].map((candidate) => textOf(candidate))).to.deep.equal(['Add the tracking number to the Colissimo shipment', 'Close']);
    expect(control(root, 'Tracking number (optional)').value).to.equal('6A22222222222');
    await expect(el.parentElement!).to.be.accessible();
    await press(button(dialog, 'Add the tracking number to the Colissimo shipment'), 'Enter');
    await waitUntil(() => api.store.getById(order.id)!.shipments[0]!.trackingNumber === '6A22222222222', 'tracking not added');
    expect(dialog.open).to.equal(false);
    await waitUntil(() => outcomeText(root) === 'Tracking number added.', `outcome: ${outcomeText(root)}`);
    expect(api.store.getById(order.id)!.shipments).to.have.length(1);
  });

  it('the ship dialog offers only Close when the order was shipped elsewhere with tracking', async () => {
    const order = unshippedPaid();
    const { el, root } = await openDetail(order, { lang: 'fr', theme: 'dark' });
    await press(actionButton(root, 'fulfill'), 'Enter');
    await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
    const tracking = root.querySelector<HTMLInputElement>('#ship-tracking')!;
    await typeInto(tracking, 'ABCD1234');
    const other = createSuiviAdminClient({ baseUrl: BASE_URL, adminKey: api.adminKey });
    el.orderChanged((await other.act(order.id, 'fulfill', { carrier: 'colissimo', trackingNumber: '6A33333333333', notifyCustomer: false }, { version: order.version })).order);
    const dialog = root.querySelector('dialog')!;
    await waitUntil(() => dialog.querySelector('[role="alert"]'), 'the dialog did not say what changed');
    expect(textOf(dialog.querySelector('[role="alert"]'))).to.contain('Tout a déjà été expédié ailleurs');
    expect([...dialog.querySelectorAll('button')].map((candidate) => textOf(candidate))).to.deep.equal(['Fermer']);
    expect(tracking.isConnected && tracking.value).to.equal('ABCD1234');
    await expect(el.parentElement!).to.be.accessible();
    await press(button(dialog, 'Fermer'), 'Enter');
    await waitUntil(() => !dialog.open, 'not closed');
  });

  it('shows and announces "Sending…" while a write waits on a 503, keeps focus in the panel, then says the service is unavailable and names the change', async function () {
    this.timeout(15_000);
    const order = unshippedPaid();
    api.faults.add({ match: { method: 'POST', path: '/v1/admin/orders/:id/actions/:action' }, fault: { kind: 'unavailable', retryAfterSeconds: 1 } });
    const { root } = await openDetail(order, { undoSeconds: 1 });
    await press(actionButton(root, 'fulfill'), 'Enter');
    await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers');
    await typeInto(control(root, 'Tracking number (optional)'), '6A44444444444');
    await press(button(root, 'Mark as shipped'), 'Enter');
    // The countdown ends and the request meets the 503 (retried after Retry-After): the panel says it is sending.
    await waitUntil(() => outcomeText(root) === 'Sending: Mark as shipped…', `outcome: ${outcomeText(root)}`, { timeout: 4000 });
    expect(root.querySelector('[part="outcome"] .spinner')).not.to.equal(null);
    expect(root.activeElement).to.equal(root.querySelector('[part="outcome"]'));
    expect(statusText(root)).not.to.contain('Undo');
    expect(actionButton(root, 'archive').getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => root.querySelector('[part="alert"]'), 'no failure shown', { timeout: 8000 });
    const alert = textOf(root.querySelector('[part="alert"]'));
    expect(alert).to.contain('Not done: Mark as shipped.');
    expect(alert).to.contain('The shop’s service is unavailable: nothing was changed. Try again.');
    expect(root.activeElement).to.equal(root.querySelector('[part="alert"]'));
    expect(root.querySelector('[part="outcome"]')).to.equal(null);
    expect(api.store.getById(order.id)!.shipments).to.have.length(0);
    api.faults.clear();
    await press(button(root, 'Try again'), 'Enter');
    await waitUntil(() => api.store.getById(order.id)!.shipments.length === 1, 'not shipped on retry', { timeout: 4000 });
    expect(api.store.getById(order.id)!.shipments[0]!.trackingNumber).to.equal('6A44444444444');
    await waitUntil(() => outcomeText(root).startsWith('Marked as shipped.'), `outcome: ${outcomeText(root)}`);
    expect(root.activeElement).to.equal(root.querySelector('[part="outcome"]'));
  });

  it('shows a discount when there is one', async () => {
    const order = orderWhere((candidate) => candidate.totals.discount.amount > 0, 'discounted order');
    const { root } = await openDetail(order);
    expect(textOf(totalsRow(root, 'Discount')?.querySelector('td'))).to.equal(`-${new Intl.NumberFormat('en', { style: 'currency', currency: order.currency }).format(order.totals.discount.amount / 100)}`);
  });

  it('says what its own change did, not "changed elsewhere", when the live event of its own write arrives first', async () => {
    const order = orderWhere((candidate) => candidate.state === 'open' && candidate.payment.status === 'pending' && candidate.shipments.length === 0, 'pending order');
    const { el, root } = await openDetail(order);
    // The live feed reports this panel's own write before its answer arrives.
    worker.use(
      http.post('/api/v1/admin/orders/:id/actions/mark_paid', async () => {
        el.orderChanged({ id: order.id, version: order.version + 1 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        return undefined;
      }),
    );
    // The panel does not reload the order for that event: its own write's answer decides.
    const reloads: string[] = [];
    const countReload = ({ request }: { request: Request }) => {
      if (request.method === 'GET' && new URL(request.url).pathname === `/api/v1/admin/orders/${order.id}`) reloads.push(request.url);
    };
    worker.events.on('request:start', countReload);
    await press(actionButton(root, 'mark_paid'), 'Enter');
    await waitUntil(() => statusText(root) === 'Marked as paid.', `status: ${statusText(root)}`);
    expect(outcomeText(root)).to.equal('Marked as paid.');
    await new Promise((resolve) => setTimeout(resolve, 300));
    worker.events.removeListener('request:start', countReload);
    expect(statusText(root)).to.equal('Marked as paid.');
    expect(textOf(root)).not.to.contain('Changed elsewhere');
    expect(reloads).to.deep.equal([]);
  });
});
