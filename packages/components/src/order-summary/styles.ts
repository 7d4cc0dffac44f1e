import { css } from 'lit';

/**
 * Layout and look of <suivi-order-summary>: items as a list whose prices align to the end,
 * then a two-column totals table. Amounts use tabular figures so columns of prices line up.
 * On narrow widths an item's price moves under its title instead of squeezing it.
 */
export const summaryStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_gap: var(--suivi-order-summary-gap, var(--_space));
    --_divider: var(--suivi-order-summary-divider-color, var(--_border));
    --_total-size: var(--suivi-order-summary-total-size, 1.125rem);
    --_background: var(--suivi-order-summary-background, var(--_surface));
  }

  /* A card like the timeline's shipment sections, painting its own surface so a theme override reads on any page. */
  .summary {
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .heading {
    margin-block-end: 0.5rem;
    font-size: 1.125rem;
    font-weight: 700;
  }

  .items {
    list-style: none;
    margin: 0 0 var(--_gap);
    padding: 0;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.25rem 1rem;
    padding-block: 0.75rem;
    border-block-end: 1px solid var(--_divider);
  }
  .item:first-child {
    border-block-start: 1px solid var(--_divider);
  }
  .item-main {
    display: flex;
    flex-direction: column;
    flex: 1 1 14rem;
    min-inline-size: 0;
  }
  .item-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .item-variant,
  .item-meta {
    font-size: 0.875rem;
    color: var(--_text-muted);
  }
  .item-meta {
    font-variant-numeric: tabular-nums;
  }
  .item-note {
    font-size: 0.875rem;
  }
  .download-link {
    color: var(--_accent);
    font-weight: 600;
    text-underline-offset: 0.2em;
  }
  .gift-card-code {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    font-size: 0.875rem;
  }
  .code-line {
    white-space: nowrap;
  }
  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9375rem;
    letter-spacing: 0.05em;
    user-select: all;
  }
  .reveal {
    font: inherit;
    font-weight: 600;
    min-block-size: 1.75rem;
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  .item-total {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .totals {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .totals th {
    text-align: start;
    font-weight: 400;
    color: var(--_text-muted);
    padding-block: 0.25rem;
    padding-inline: 0 1rem;
  }
  .totals td {
    text-align: end;
    white-space: nowrap;
    padding-block: 0.25rem;
    padding-inline: 0;
  }
  .total-row th,
  .total-row td {
    padding-block-start: 0.625rem;
    border-block-start: 1px solid var(--_divider);
    font-size: var(--_total-size);
    font-weight: 700;
    color: var(--_text);
  }

  .customer-note {
    margin-block-start: var(--_gap);
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .customer-note-label {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  blockquote {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .summary,
    .reveal,
    .item,
    .item:first-child,
    .total-row th,
    .total-row td {
      border-color: CanvasText;
    }
    .customer-note {
      border: 1px solid CanvasText;
    }
  }
`;
