import { type ChildPart, html, nothing, type ReactiveElement } from 'lit';
import { Directive, type DirectiveParameters, directive } from 'lit/directive.js';
import { translator } from '../i18n/messages.ts';
import { safeLocalStorage } from './column-layout.ts';
import { panelMessages } from './panel-messages.ts';
import { SAVED_VIEWS, currentView } from './saved-views.ts';
import type { PanelHost } from './table-panels.ts';
import { ARCHIVED_FILTERS } from '@suivi/model';
import { type ArchivedFilter, LIST_FACETS, NO_FILTERS, type TableFilters, hasFilters, sameFilters } from './table-query.ts';

/** A view the merchant saved: a name, and the filters it sets (as the built-in views do). */
export interface OwnView {
  readonly name: string;
  readonly filters: TableFilters;
}

const MAX_VIEW_NAME = 40;
export const MAX_OWN_VIEWS = 12;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Where a table's own views are kept in localStorage, beside its columns. */
export function ownViewsStorageKey(storageKey: string): string {
  return `suivi-order-table:${storageKey}:views`;
}

/** Filters read back from storage, or null when they are not filters this table could have saved. */
function readFilters(value: unknown): TableFilters | null {
  if (typeof value !== 'object' || value === null) return null;
  const saved = value as Record<string, unknown>;
  const filters: Record<string, unknown> = { ...NO_FILTERS };
  for (const facet of LIST_FACETS) {
    const values = saved[facet] ?? [];
    if (!Array.isArray(values) || !values.every((item) => typeof item === 'string')) return null;
    filters[facet] = values;
  }
  for (const day of ['placedFrom', 'placedTo'] as const) {
    const text = saved[day] ?? null;
    if (text !== null && !(typeof text === 'string' && DAY.test(text))) return null;
    filters[day] = text;
  }
  const archived = saved.archived ?? 'include';
  if (!ARCHIVED_FILTERS.includes(archived as ArchivedFilter)) return null;
  filters.archived = archived;
  return filters as unknown as TableFilters;
}

/** The views this browser keeps for a table; what is not a well-formed view (another version, a hand edit) is left out. */
export function loadOwnViews(storageKey: string, storage: Storage | null = safeLocalStorage()): OwnView[] {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(ownViewsStorageKey(storageKey)) ?? '[]');
    if (!Array.isArray(saved)) return [];
    const views: OwnView[] = [];
    for (const item of saved) {
      const name = typeof item?.name === 'string' ? item.name.trim() : '';
      const filters = readFilters(item?.filters);
      if (name && name.length <= MAX_VIEW_NAME && filters && !views.some((view) => view.name === name)) views.push({ name, filters });
    }
    return views.slice(0, MAX_OWN_VIEWS);
  } catch {
    return [];
  }
}

/** Remembers the views; a full or blocked storage only means they last until the page closes. */
export function saveOwnViews(storageKey: string, views: readonly OwnView[], storage: Storage | null = safeLocalStorage()): void {
  try {
    storage?.setItem(ownViewsStorageKey(storageKey), JSON.stringify(views));
  } catch {
    // Private browsing or a full quota: the views stay for this page.
  }
}

/**
 * The merchant's own views in the views strip, after the built-in ones: a toggle each (pressed
 * when the filters are its own) with a button to delete it, and "Save as a view…" when the
 * filters are set and are no view yet, which asks for a name in place. Kept in this browser per
 * table (`storage-key`), as the columns are. The strip's state (the name being typed, its error)
 * lives with this directive; it asks the table to draw again when only that changes.
 */
class OwnViews extends Directive {
  private host!: PanelHost;
  private table: ReactiveElement | undefined;
  private strip: HTMLElement | null = null;
  private storageKey: string | null = null;
  private views: OwnView[] = [];
  private naming = false;
  private error: string | null = null;

  override update(part: ChildPart, [host]: DirectiveParameters<this>) {
    this.table = part.options?.host as ReactiveElement | undefined;
    this.strip = part.parentNode as HTMLElement;
    return this.render(host);
  }

  render(host: PanelHost) {
    this.host = host;
    if (this.storageKey !== host.storageKey) {
      this.storageKey = host.storageKey;
      this.views = loadOwnViews(host.storageKey);
    }
    const say = translator(panelMessages, host.locale);
    const { filters } = host;
    const isView = currentView(filters) !== null || this.views.some((view) => sameFilters(view.filters, filters));
    return html`${this.views.map(
      (view) =>
        html`<button type="button" class="toggle" data-own-view aria-pressed=${String(sameFilters(view.filters, filters))} @click=${() => host.setFilters(view.filters)}>${view.name}</button
          ><button type="button" class="icon-button" aria-label=${say('deleteView', { name: view.name })} title=${say('deleteView', { name: view.name })} @click=${() => this.remove(view)}>
            <span aria-hidden="true">✕</span>
          </button>`,
    )}
    ${this.naming
      ? html`<form class="save-view" style="display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem" novalidate @submit=${this.save} @keydown=${this.onKeydown}>
          <label for="view-name">${say('viewName')}</label>
          <input id="view-name" class="field" maxlength=${MAX_VIEW_NAME} autocomplete="off" aria-invalid=${this.error ? 'true' : 'false'} aria-describedby="view-name-error" />
          <button class="button small">${say('saveView')}</button>
          <button type="button" class="button secondary small" @click=${this.close}>${say('cancel')}</button>
          <span id="view-name-error" role="alert" style="color: var(--_danger)">${this.error ?? ''}</span>
        </form>`
      : !isView && hasFilters(filters) && this.views.length < MAX_OWN_VIEWS
        ? html`<button type="button" class="link-button" data-save-view @click=${this.open}>${say('saveAsView')}</button>`
        : nothing}`;
  }

  /** Draws the table again, then gives focus to where the merchant's next step is (the last match of `focus` in the strip). */
  private redraw(focus: string): void {
    this.table?.requestUpdate();
    void this.table?.updateComplete.then(() => [...(this.strip?.querySelectorAll<HTMLElement>(focus) ?? [])].at(-1)?.focus());
  }

  private open = () => {
    this.naming = true;
    this.error = null;
    this.redraw('#view-name');
  };

  private close = () => {
    this.naming = false;
    this.error = null;
    this.redraw('[data-save-view]');
  };

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.close();
  };

  private save = (event: SubmitEvent) => {
    event.preventDefault();
    const { host } = this;
    const say = translator(panelMessages, host.locale);
    const field = (event.currentTarget as HTMLFormElement).querySelector('input')!;
    const name = field.value.trim();
    const builtIn = SAVED_VIEWS.map((view) => host.t(`view_${view.id}`));
    this.error = !name ? say('nameMissing') : this.views.some((view) => view.name === name) || builtIn.includes(name) ? say('nameTaken', { name }) : null;
    if (this.error) {
      // What was typed stays; the field says what is wrong.
      this.redraw('#view-name');
      return;
    }
    this.views = [...this.views, { name, filters: host.filters }];
    saveOwnViews(this.storageKey!, this.views);
    this.naming = false;
    this.redraw('[data-own-view]');
  };

  private remove(view: OwnView): void {
    this.views = this.views.filter((kept) => kept !== view);
    saveOwnViews(this.storageKey!, this.views);
    this.redraw('[data-own-view], .toggle:first-child');
  }
}

export const ownViews = directive(OwnViews);
