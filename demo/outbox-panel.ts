/**
 * The demo's outbox: every message the mock would have sent (order confirmations, shipping,
 * out for delivery, delivered, attempted delivery, returns), newest first, with its channel,
 * recipient, text and time. It updates live as the carrier clock moves parcels and as shoppers
 * change their choices. The recipients are the seed's made-up addresses and numbers.
 */
import type { OutboxMessage } from '@suivi/mocks';
import { html, nothing } from 'lit';
import { demoMessages, type DemoLocale } from './demo-messages.ts';

/** The newest messages shown; the count says how many there are in all. */
const SHOWN = 30;

function time(iso: string, locale: DemoLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function outboxTemplate(messages: readonly OutboxMessage[], locale: DemoLocale) {
  const t = demoMessages[locale];
  const newest = messages.slice(-SHOWN).reverse();
  return html`
    <section aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">${t.outboxHeading}</h2>
      <p class="hint">${t.outboxIntro}</p>
      <p class="outbox-count" role="status">${t.outboxCount(messages.length)}</p>
      ${newest.length
        ? html`<ol class="outbox" reversed>
            ${newest.map(
              (message) => html`<li>
                <p class="outbox-meta">
                  <span class="channel channel-${message.channel}">${message.channel === 'sms' ? t.channelSms : t.channelEmail}</span>
                  <span class="recipient">${message.recipient}</span>
                  <time datetime=${message.at}>${time(message.at, locale)}</time>
                </p>
                <p class="outbox-text">${message.message}</p>
              </li>`,
            )}
          </ol>`
        : nothing}
    </section>
  `;
}
