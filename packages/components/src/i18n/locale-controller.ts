import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeContext } from '../context/locale-context.ts';
import { type Locale, resolveLang, toSupportedLocale } from './locale.ts';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller, re-resolved when any `lang` attribute in the document changes. */
const connected = new Set<LocaleController>();
let observer: MutationObserver | null = null;

function watchLangAttributes() {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its locale: from a provider's locale context when there is one (the
 * order-status page shares its own), otherwise from the nearest `lang`, kept current as
 * the page switches language.
 */
export class LocaleController implements ReactiveController {
  private readonly host: Host;
  private provided: Locale | undefined;
  private current: Locale = 'en';

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
    new ContextConsumer(host, {
      context: localeContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        this.refresh();
      },
    });
  }

  /** The locale to render in. */
  get locale(): Locale {
    return this.current;
  }

  hostConnected() {
    connected.add(this);
    watchLangAttributes();
    this.refresh();
  }

  hostDisconnected() {
    connected.delete(this);
  }

  /** Re-resolves the locale and re-renders the host when it changed. */
  refresh() {
    const next = this.host.hasAttribute('lang')
      ? toSupportedLocale(this.host.getAttribute('lang'))
      : (this.provided ?? toSupportedLocale(resolveLang(this.host) ?? document.documentElement.lang));
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
  }
}
