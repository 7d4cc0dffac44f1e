/**
 * The "Demo data" card on both demo pages: says that changes survive a reload, and offers to
 * forget them. The result is announced (role=status) before the page reloads on a fresh seed.
 */
import { html } from 'lit';
import { demoMessages, type DemoLocale } from './demo-messages.ts';
import { forgetDemoData } from './mock-setup.ts';

/** Time for a screen reader to start the announcement before the page goes. */
const RELOAD_DELAY_MS = 600;

function resetDemoData(event: Event, locale: DemoLocale): void {
  const button = event.currentTarget as HTMLButtonElement;
  button.disabled = true;
  forgetDemoData();
  button.parentElement!.querySelector('.reset-report')!.textContent = demoMessages[locale].resetDone;
  setTimeout(() => location.reload(), RELOAD_DELAY_MS);
}

export function resetDataTemplate(locale: DemoLocale) {
  const t = demoMessages[locale];
  return html`
    <section aria-labelledby="reset-heading">
      <h2 id="reset-heading">${t.resetHeading}</h2>
      <p class="hint">${t.resetIntro}</p>
      <button type="button" class="clock secondary" @click=${(event: Event) => resetDemoData(event, locale)}>${t.resetButton}</button>
      <p class="clock-report reset-report" role="status"></p>
    </section>
  `;
}
