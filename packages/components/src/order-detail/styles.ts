import { css } from 'lit';

/**
 * The detail panel's layout: sections in a column, definition lists in two columns, the undo toast
 * and what the merchant's last change did in the flow under the actions (nothing pinned over a
 * button). Its form fields look like the shopper's cards' (styles/field.ts).
 */
export const detailStyles = css`
  :host {
    display: block;
    --_panel-background: var(--suivi-order-detail-background, var(--_surface));
    background: var(--_panel-background);
  }
  .panel {
    display: grid;
    gap: 1.25rem;
    padding: var(--_space);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.375rem;
  }
  h3 {
    font-size: 1.0625rem;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_accent);
  }
  section {
    display: grid;
    gap: 0.5rem;
  }
  p {
    margin: 0;
  }
  .muted,
  .why {
    color: var(--_text-muted);
    font-size: 0.875rem;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .address {
    white-space: pre-line;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem 0.25rem 0;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  .num {
    text-align: end;
  }
  tfoot th {
    font-weight: 400;
    color: var(--_text-muted);
  }
  tfoot tr.total th,
  tfoot tr.total td {
    font-weight: 700;
    color: var(--_text);
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_warning);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.125rem 0.25rem 0.125rem 0.625rem;
    border-radius: 999px;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
  }
  .icon-button {
    font: inherit;
    min-width: 2rem;
    min-height: 2rem;
    border: 0;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .actions {
    display: grid;
    gap: 0.5rem;
  }
  .action {
    display: grid;
    gap: 0.125rem;
    justify-items: start;
  }
  .button.small {
    min-height: 2.25rem;
    padding: 0.25rem 0.875rem;
    font-size: 0.9375rem;
  }
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  form {
    display: grid;
    gap: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  /* Inputs, selects and text areas: styles/field.ts. */
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .error {
    color: var(--_danger);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .edit-form {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .who {
    font-weight: 600;
  }
  dialog {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    width: min(32rem, calc(100vw - 2rem));
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  /* In the flow under the actions, not pinned over the panel: it covers no button. */
  .toast {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  }
  .toast .button {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_surface);
  }
  .toast .countdown {
    font-variant-numeric: tabular-nums;
  }
  .outcome {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_success);
    background: var(--_success-surface);
  }
  .outcome.sending {
    border-inline-start-color: var(--_accent);
    background: transparent;
  }
  .outcome:focus {
    outline: none;
  }
  .outcome:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Decoration only: the words say it (the alternative text after the slash is empty). */
  .outcome.done::before {
    content: '✓' / '';
    color: var(--_success);
    font-weight: 700;
  }
  .spinner {
    flex: none;
    inline-size: 1rem;
    block-size: 1rem;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
  @media (forced-colors: active) {
    .outcome {
      border: 1px solid CanvasText;
    }
    .toast {
      border: 1px solid CanvasText;
    }
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
