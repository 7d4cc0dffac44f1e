/**
 * What the shopper-side browser tests share: look an order up on the status page by typing, as a
 * person does; find fields by their label and buttons by their name, inside shadow roots; read
 * everything a page renders (text and attribute values, every shadow root included) for the
 * privacy checks.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Order } from '@suivi/model';
import { createSuiviClient, type OrderSession } from '@suivi/sdk';
import type { SuiviOrderStatus } from '@suivi/components';
import '@suivi/components/define/order-status';
import { api } from './mock-api.ts';

export const API_BASE_URL = '/api';

/** A seeded showcase order and the e-mail its shopper looks it up with. */
export function showcase(orderNumber: string): { email: string; order: Order } {
  const entry = api.showcase.find((candidate) => candidate.orderNumber === orderNumber);
  const order = api.store.getByNumber(orderNumber);
  if (!entry || !order) throw new Error(`No showcase order ${orderNumber}`);
  return { email: entry.email, order };
}

/** A verified session without the page, for tests of one element. */
export async function sessionFor(orderNumber: string): Promise<OrderSession> {
  const { email } = showcase(orderNumber);
  return createSuiviClient({ baseUrl: API_BASE_URL }).lookupOrder({ orderNumber, email });
}

/** Text as read: white space collapsed, Intl's no-break spaces as plain spaces. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** The shadow root of the first `tag` inside `root` (a page or an element's shadow root). */
export function shadowOf(root: ParentNode, tag: string): ShadowRoot | null {
  return root.querySelector(tag)?.shadowRoot ?? null;
}

/**
 * The shadow root of one of the shopper's tools on the status page (returns, updates, sharing),
 * once its code has loaded: the page defines them on demand when an order shows.
 */
export async function toolOf(page: HTMLElement, tag: string): Promise<ShadowRoot> {
  await waitUntil(() => shadowOf(page.shadowRoot!, tag), `<${tag}> never upgraded`, { timeout: 8000 });
  return shadowOf(page.shadowRoot!, tag)!;
}

/** The control a label names (`for`, or wrapping), matched on the label's text as read. */
export function control<T extends HTMLElement = HTMLInputElement>(root: ShadowRoot | Document, label: string | RegExp): T {
  const labels = [...root.querySelectorAll('label')];
  const found = labels.find((candidate) => (typeof label === 'string' ? textOf(candidate) === label : label.test(textOf(candidate))));
  if (!found) throw new Error(`No control labelled ${String(label)}; labels: ${labels.map((candidate) => `"${textOf(candidate)}"`).join(', ')}`);
  const target = found.htmlFor ? root.getElementById(found.htmlFor) : found.querySelector('input, select, textarea');
  if (!target) throw new Error(`The label ${String(label)} names nothing`);
  return target as T;
}

/** The button whose text (as read, hidden words included) is `name` or matches it. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const buttons = [...root.querySelectorAll('button')];
  const found = buttons.find((candidate) => (typeof name === 'string' ? textOf(candidate) === name : name.test(textOf(candidate))));
  if (!found) throw new Error(`No button ${String(name)}; buttons: ${buttons.map((candidate) => `"${textOf(candidate)}"`).join(', ')}`);
  return found;
}

/** Focuses a control and presses a key on it, as a keyboard user does. */
export async function press(target: HTMLElement, key: string): Promise<void> {
  target.focus();
  await sendKeys({ press: key });
}

/** Replaces a field's text by typing: select all, then type. */
export async function typeInto(target: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  target.focus();
  target.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

/** Renders the status page and looks the order up by typing its number and e-mail, then Enter. */
export async function openOrder(orderNumber: string, options: { lang?: string; theme?: string; email?: string } = {}): Promise<SuiviOrderStatus> {
  const email = options.email ?? showcase(orderNumber).email;
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'en'}><suivi-order-status base-url=${API_BASE_URL} theme=${options.theme ?? 'light'}></suivi-order-status></div>`,
  );
  const page = wrapper.querySelector('suivi-order-status')!;
  await page.updateComplete;
  await waitUntil(() => shadowOf(page.shadowRoot!, 'suivi-order-lookup')?.querySelector('input'), 'the form never rendered');
  const form = shadowOf(page.shadowRoot!, 'suivi-order-lookup')!;
  const fr = options.lang === 'fr';
  control(form, fr ? 'Numéro de commande' : 'Order number').focus();
  await sendKeys({ type: orderNumber.replace('#', '') });
  control(form, fr ? 'Adresse e-mail' : 'E-mail address').focus();
  await sendKeys({ type: email });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => page.shadowRoot!.querySelector('[part="heading"]'), 'the order never showed', { timeout: 8000 });
  return page;
}

/**
 * Everything a page shows or carries: each text node and each attribute value, in the document
 * and in every shadow root, however deep (open roots; the kit uses no closed ones).
 */
export function everythingRendered(root: Node): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue?.trim();
      if (text) found.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const attribute of node.attributes) if (attribute.value) found.push(attribute.value);
      // Form fields hold their value outside the attributes.
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) found.push(node.value);
      if (node.shadowRoot) visit(node.shadowRoot);
      if (node instanceof HTMLTemplateElement) visit(node.content);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}
