/**
 * The demo's "Simulate a problem" switch, used the way a person in the demo uses it: pick a
 * problem in the side panel, look an order up, read what the status page says, switch back and
 * press "Try again". The panel is the demo's own template and handlers (demo/demo-chrome.ts,
 * demo/fault-switch.ts) wired to the shared test worker, next to a real <suivi-order-status>.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { SuiviOrderStatus } from '@suivi/components';
import '@suivi/components/define/order-status';
import { switchFault, type DemoView } from '../../demo/demo-chrome.ts';
import { demoMessages } from '../../demo/demo-messages.ts';
import { SERVER_ERROR_RETRY_AFTER_SECONDS } from '../../demo/fault-switch.ts';
import { drawDemoAside } from './support/demo-aside.ts';
import { api, useMockApi, worker } from './support/mock-api.ts';
import { expectAccessibleLightAndDark } from './support/both-schemes.ts';

const UNAVAILABLE = 'The order service is unavailable right now. Your details are kept — try again.';

/** The demo's side panel and the status page, as on the demo page (with its stylesheet). */
async function renderDemo(locale: DemoView['locale'] = 'en') {
  const container = await fixture<HTMLElement>(html`
    <div lang=${locale}>
      <link rel="stylesheet" href="/demo/demo.css" />
      <main><suivi-order-status base-url="/api"></suivi-order-status></main>
      <aside aria-label=${demoMessages[locale].asideLabel}></aside>
    </div>
  `);
  const aside = container.querySelector('aside')!;
  // The same wiring as demo/main.ts (switchFault), redrawing this aside.
  drawDemoAside(aside, {
    locale,
    actions: ({ view, draw }) => ({
      simulate(fault) {
        switchFault(worker, view, fault);
        draw();
      },
    }),
  });
  const status = container.querySelector<SuiviOrderStatus>('suivi-order-status')!;
  await waitUntil(() => lookupRoot(status)?.querySelector('input'), 'the form never rendered');
  return { container, aside, status };
}

function lookupRoot(status: SuiviOrderStatus): ShadowRoot | null {
  return status.shadowRoot!.querySelector('suivi-order-lookup')?.shadowRoot ?? null;
}

/** A radio of the panel by its visible label. */
function radio(aside: HTMLElement, label: string): HTMLInputElement {
  const found = [...aside.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label);
  if (!found) throw new Error(`No radio labelled "${label}"`);
  return found.querySelector('input')!;
}

function field(status: SuiviOrderStatus, label: string): HTMLInputElement {
  const root = lookupRoot(status)!;
  const labelElement = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label);
  if (!labelElement) throw new Error(`No field labelled "${label}"`);
  return root.getElementById(labelElement.htmlFor) as HTMLInputElement;
}

function lookupButton(status: SuiviOrderStatus, name: string): HTMLButtonElement | undefined {
  return [...(lookupRoot(status)?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent?.trim() === name);
}

function alertText(status: SuiviOrderStatus): string {
  return lookupRoot(status)?.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
}

function orderHeading(status: SuiviOrderStatus): string | null {
  return status.shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim() ?? null;
}

function announcement(aside: HTMLElement): string {
  return aside.querySelector('.fault-report[role="status"]')?.textContent?.trim() ?? '';
}

/** Scrolls an element into view, as a person would, and clicks its middle with the mouse. */
async function click(element: Element) {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function typeLookup(status: SuiviOrderStatus, orderNumber: string) {
  const email = api.showcase.find((order) => order.orderNumber === orderNumber)!.email;
  field(status, 'Order number').focus();
  await sendKeys({ type: orderNumber });
  field(status, 'E-mail address').focus();
  await sendKeys({ type: email });
  return email;
}

describe('demo: Simulate a problem', () => {
  useMockApi();

  it('passes axe in light and dark, with a group named by its heading', async () => {
    const { aside } = await renderDemo();
    const group = aside.querySelector('fieldset.faults')!;
    expect(group.getAttribute('aria-labelledby')).to.equal('faults-heading');
    expect(aside.querySelector('#faults-heading')?.textContent).to.equal('Simulate a problem');
    expect(radio(aside, 'None').checked).to.equal(true);
    await expectAccessibleLightAndDark(aside);
  });

  it('API unreachable: the lookup says the service is unavailable and keeps the form; back to None, "Try again" finds the order', async () => {
    const { aside, status } = await renderDemo();
    // Keyboard, as in any radio group: from None, the arrow key selects the next problem.
    radio(aside, 'None').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(radio(aside, 'API unreachable (network error)').checked).to.equal(true);
    expect(announcement(aside)).to.equal('Simulating: the order API cannot be reached.');

    const email = await typeLookup(status, '#1002');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => alertText(status) === UNAVAILABLE, `the lookup said "${alertText(status)}"`, { timeout: 5000 });
    expect(field(status, 'Order number').value).to.equal('#1002');
    expect(field(status, 'E-mail address').value).to.equal(email);

    await click(radio(aside, 'None'));
    expect(radio(aside, 'None').checked).to.equal(true);
    expect(announcement(aside)).to.equal('No problem simulated: the order API answers normally again.');
    await click(lookupButton(status, 'Try again')!);
    await waitUntil(() => orderHeading(status) === 'Order #1002', 'the order never showed', { timeout: 5000 });
  });

  it('Server error: the API answers 503 with Retry-After while the mock controls keep working', async () => {
    const { aside, status } = await renderDemo();
    await click(radio(aside, `Server error (503, retry after ${SERVER_ERROR_RETRY_AFTER_SECONDS} s)`));
    expect(announcement(aside)).to.equal('Simulating: the order API answers with a server error.');

    const answer = await fetch('/api/v1/lookup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(answer.status).to.equal(503);
    expect(answer.headers.get('retry-after')).to.equal(String(SERVER_ERROR_RETRY_AFTER_SECONDS));
    expect(((await answer.json()) as { code: string }).code).to.equal('unavailable');
    const controls = await fetch('/api/__mock/showcase');
    expect(controls.status, 'the mock controls are not part of the simulated outage').to.equal(200);

    await typeLookup(status, '#1001');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => alertText(status) === UNAVAILABLE, `the lookup said "${alertText(status)}"`, { timeout: 5000 });
  });

  it('Slow network: the lookup stays busy for the added latency, then finds the order', async () => {
    const { aside, status } = await renderDemo();
    await click(radio(aside, 'Slow network (3 s latency)'));
    await typeLookup(status, '#1003');
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(lookupButton(status, 'Looking up your order…'), 'still looking after 1 s of a 3 s delay').to.exist;
    expect(orderHeading(status)).to.equal(null);
    await waitUntil(() => orderHeading(status) === 'Order #1003', 'the order never showed', { timeout: 10_000 });
  });

  it('speaks French', async () => {
    const { aside } = await renderDemo('fr');
    expect(aside.querySelector('#faults-heading')?.textContent).to.equal('Simuler un problème');
    const labels = [...aside.querySelectorAll('fieldset.faults label')].map((label) => label.textContent?.trim());
    expect(labels).to.deep.equal([
      'Aucun',
      'API injoignable (erreur réseau)',
      `Erreur serveur (503, réessayer après ${SERVER_ERROR_RETRY_AFTER_SECONDS} s)`,
      'Réseau lent (3 s de latence)',
    ]);
    await click(radio(aside, 'Réseau lent (3 s de latence)'));
    expect(announcement(aside)).to.equal('Simulation\u00a0: chaque requête à l’API des commandes prend 3 secondes de plus.');
  });
});
