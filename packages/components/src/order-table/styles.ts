import { css } from 'lit';

/**
 * Look of <suivi-order-table>. The grid is a scroll container with a sticky header row and a
 * body whose rows are absolutely placed by the virtual scroller (translateY); every row is a
 * CSS grid sharing one column template, so resizing a column is one custom property change.
 * Rows contain their own layout and paint, so repainting one never lays out the others.
 * Statuses are words on a tinted badge with a glyph per tone (hidden from screen readers): a
 * tone sets the badge's colour, surface and glyph through private custom properties. Each body
 * row is its own layer (will-change), so moving a recycled row is the compositor's work, not a
 * repaint. No comments inside the CSS itself: they would ship in every page's JavaScript.
 */
export const tableStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    block-size: var(--suivi-order-table-height, 40rem);
    min-block-size: 22rem;
    font-size: 0.875rem;
    --_row-height: 48px;
    --_header-height: 44px;
    --_background: var(--suivi-order-table-background, var(--_surface));
    --_header-background: var(--suivi-order-table-header-background, var(--_surface-raised));
    --_selected: var(--suivi-order-table-selected-background, light-dark(#e6eefc, #1b2942));
    --_hover: var(--suivi-order-table-hover-background, light-dark(#f3f6fb, #191e29));
    --_divider: var(--suivi-order-table-divider-color, light-dark(#e1e6ee, #2c3342));
    background: var(--_background);
  }

  button,
  input {
    font: inherit;
    color: inherit;
  }

  .toolbar {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .views,
  .overview,
  .chips,
  .bulk,
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.25rem;
    padding: 0.25rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  .toggle[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .count {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .controls {
    align-items: end;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    flex: 1 1 18rem;
  }
  .search label {
    font-weight: 600;
  }
  .field {
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .button.small {
    min-block-size: 2.25rem;
    padding: 0.25rem 0.875rem;
  }

  .panel {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 1rem 2rem;
    max-block-size: 18rem;
    overflow: auto;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 9rem;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 600;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 1.75rem;
  }
  .column-option {
    display: grid;
    grid-template-columns: minmax(10rem, 1fr) auto auto 6rem;
    align-items: center;
    gap: 0.5rem;
  }
  .column-option .field {
    min-block-size: 2.25rem;
    padding: 0.25rem 0.5rem;
    inline-size: 6rem;
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.25rem;
    min-block-size: 2.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .icon-button:disabled {
    opacity: 0.5;
    cursor: default;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding-inline: 0.75rem 0.125rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-raised);
  }
  .chip .icon-button {
    min-inline-size: 1.75rem;
    min-block-size: 1.75rem;
    border: 0;
    border-radius: 999px;
    background: transparent;
  }
  .link-button {
    padding: 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .status-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    min-block-size: 2.25rem;
  }
  .result-count {
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  .bulk {
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
    background: var(--_selected);
  }

  .frame {
    position: relative;
    display: flex;
    flex: 1 1 auto;
    min-block-size: 12rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_background);
  }
  .scroller {
    position: relative;
    flex: 1 1 auto;
    overflow: auto;
    outline: none;
    overscroll-behavior: contain;
    scroll-padding-block-start: var(--_header-height);
  }
  .head,
  .body {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    inline-size: max(100%, var(--_row-width));
  }
  .body {
    position: relative;
    z-index: 1;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_template);
    block-size: var(--_row-height);
    border-block-end: 1px solid var(--_divider);
  }
  .row[hidden] {
    display: none;
  }
  .body .row {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
    contain: layout style paint;
    will-change: transform;
    background: var(--_background);
  }
  .body .row:hover {
    background: var(--_hover);
  }
  .body .row[aria-selected='true'] {
    background: var(--_selected);
  }
  .head-row {
    block-size: var(--_header-height);
    background: var(--_header-background);
    border-block-end-color: var(--_border);
  }

  .cell {
    position: relative;
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-inline-size: 0;
    padding-inline: 0.5rem;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    outline: none;
  }
  .cell > span {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .cell:focus-visible,
  .cell:focus,
  .row-checkbox:focus-visible,
  .select-all:focus-visible,
  .sort:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .select-cell {
    align-items: center;
    padding-inline: 0;
  }
  .row-checkbox,
  .select-all {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .end {
    align-items: flex-end;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .secondary,
  .muted {
    color: var(--_text-muted);
  }
  .secondary {
    font-size: 0.8125rem;
  }
  .open-order {
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  [data-column='tags'] {
    flex-direction: row;
    justify-content: flex-start;
    align-items: center;
    gap: 0.25rem;
  }
  .tag {
    flex: none;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125rem;
    background: var(--_surface-raised);
  }
  .badge {
    align-self: flex-start;
    max-inline-size: 100%;
    padding: 0.0625rem 0.375rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_tone, var(--_text-muted));
    background: var(--_tone-surface, var(--_surface-raised));
  }
  .badge::before {
    content: var(--_glyph, '•') / '';
    margin-inline-end: 0.25rem;
    font-weight: 700;
  }
  [data-tone='success'] {
    --_tone: var(--_success);
    --_tone-surface: var(--_success-surface);
    --_glyph: '✓';
  }
  [data-tone='warning'] {
    --_tone: var(--_warning);
    --_tone-surface: var(--_warning-surface);
    --_glyph: '!';
  }
  [data-tone='danger'] {
    --_tone: var(--_danger);
    --_tone-surface: var(--_danger-surface);
    --_glyph: '✕';
  }
  [data-tone='progress'] {
    --_tone: var(--_accent);
    --_glyph: '→';
  }

  .head-cell {
    flex-direction: row;
    align-items: stretch;
    padding: 0;
  }
  .sort {
    display: flex;
    flex: 1 1 auto;
    align-items: center;
    gap: 0.375rem;
    min-inline-size: 0;
    padding: 0 0.5rem;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
    outline: none;
  }
  .head-cell.end .sort {
    justify-content: flex-end;
  }
  .sort-label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .sort-icon {
    flex: none;
    color: var(--_text-muted);
  }
  [aria-sort] .sort-icon {
    color: var(--_accent);
  }
  .resizer {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: 0.5rem;
    cursor: col-resize;
    touch-action: none;
  }
  .resizer::after {
    content: '';
    position: absolute;
    inset-block: 25%;
    inset-inline-end: 0.1875rem;
    border-inline-end: 2px solid var(--_border);
  }
  .resizer:hover::after,
  .resizer:active::after {
    border-color: var(--_accent);
  }

  .empty {
    position: absolute;
    inset-inline: 0;
    inset-block-start: var(--_header-height);
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.75rem;
    margin: 0;
    padding: 2rem 1rem;
    text-align: center;
    color: var(--_text-muted);
  }

  @media (forced-colors: active) {
    .toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .body .row[aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .badge,
    .tag,
    .chip {
      border-color: CanvasText;
    }
    .cell:focus,
    .sort:focus-visible {
      outline-color: Highlight;
    }
  }
  .body .row:not([data-order-id]) input {
    visibility: hidden;
  }
`;
