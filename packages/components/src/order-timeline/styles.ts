import { css } from 'lit';

/**
 * Layout and look of <suivi-order-timeline>. Steps stack vertically by default (phones) and
 * line up in a row once the element itself is wide enough (a container query, so it also
 * works in a narrow sidebar on a wide screen). Every state is told apart by shape and glyph
 * as well as colour, and forced-colors mode maps them to system colours.
 */
export const timelineStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_gap: var(--suivi-order-timeline-gap, var(--_space));
    --_marker-size: var(--suivi-order-timeline-marker-size, 1.75rem);
    --_complete: var(--suivi-order-timeline-complete-color, var(--_success));
    --_current: var(--suivi-order-timeline-current-color, var(--_accent));
    --_section-background: var(--suivi-order-timeline-section-background, var(--_surface));
  }

  p {
    margin: 0.5rem 0;
  }

  .map-unavailable {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-start: 0.75rem;
  }

  /* A tracked shipment's map until its code arrives: the frame's room, so nothing below jumps. */
  suivi-tracking-map:not(:defined) {
    display: block;
    margin-block-start: 0.75rem;
    aspect-ratio: var(--suivi-tracking-map-aspect-ratio, 16 / 10);
  }

  /* Status badges: words first, a glyph per tone, colour last. */
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 var(--_gap);
    padding: 0;
  }
  .badge-pair {
    display: contents;
  }
  .badges dd {
    margin: 0;
  }
  /* .badge: the shared shape in styles/tones.ts. */
  .glyph {
    font-weight: 700;
  }

  .notice {
    margin: 0 0 var(--_gap);
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  /* One shipment. */
  .section {
    margin: 0 0 var(--_gap);
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_section-background);
  }
  .section-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .section-heading {
    font-size: 1.125rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .shipment-status {
    margin: 0;
  }
  .estimate {
    font-weight: 600;
  }

  /* Attempted delivery and problems: a bordered block, so it reads as a notice in any colour mode. */
  .alert {
    margin: 0.75rem 0;
    padding: 0.75rem 1rem;
    border: 1px solid currentColor;
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
  }
  .alert p {
    color: var(--_text);
  }
  .alert .alert-title {
    display: flex;
    gap: 0.5rem;
    margin-top: 0;
    font-weight: 700;
  }
  .carrier-says {
    font-size: 0.875rem;
  }

  /* Progress steps: a vertical list on narrow widths. */
  .steps {
    list-style: none;
    margin: 1rem 0;
    padding: 0;
    display: flex;
    flex-direction: column;
  }
  .step {
    --_connector-color: var(--_border);
    --_connector-style: dashed;
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding-block-end: 1rem;
  }
  .step.complete {
    --_connector-color: var(--_complete);
    --_connector-style: solid;
  }
  .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_marker-size) / 2 - 1px);
    inset-block: var(--_marker-size) 0;
    border-inline-start: 2px var(--_connector-style) var(--_connector-color);
  }
  .marker {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: var(--_marker-size);
    block-size: var(--_marker-size);
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_text-muted);
    font-size: 0.8125rem;
    font-weight: 700;
    line-height: 1;
  }
  .upcoming .marker {
    border-style: dashed;
  }
  .complete .marker {
    border-color: var(--_complete);
    background: var(--_complete);
    color: var(--_surface);
  }
  .is-current .marker {
    border-color: var(--_current);
    box-shadow: 0 0 0 0.25rem color-mix(in srgb, var(--_current) 25%, transparent);
  }
  .is-current:not(.complete):not(.is-flagged) .marker::after {
    content: '';
    inline-size: 45%;
    block-size: 45%;
    border-radius: 50%;
    background: var(--_current);
  }
  .is-flagged .marker {
    border-color: var(--_warning);
    color: var(--_warning);
    box-shadow: 0 0 0 0.25rem color-mix(in srgb, var(--_warning) 25%, transparent);
  }
  .is-problem .marker {
    border-color: var(--_danger);
    color: var(--_danger);
    box-shadow: 0 0 0 0.25rem color-mix(in srgb, var(--_danger) 25%, transparent);
  }
  .is-problem .step-flag {
    color: var(--_danger);
  }
  .step-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .upcoming .step-name {
    color: var(--_text-muted);
  }
  .is-current .step-name {
    font-weight: 700;
  }
  .step-flag {
    font-weight: 600;
    color: var(--_warning);
  }
  .step-date {
    font-size: 0.875rem;
    color: var(--_text-muted);
  }

  /* Wide enough: the steps line up in a row, joined left to right. */
  @container (min-width: 36rem) {
    .steps {
      flex-direction: row;
    }
    .step {
      flex: 1 1 0;
      flex-direction: column;
      gap: 0.5rem;
      padding-block-end: 0;
      padding-inline-end: 0.75rem;
    }
    .step:not(:last-child)::before {
      inset-inline: calc(var(--_marker-size) + 0.25rem) 0.25rem;
      inset-block: calc(var(--_marker-size) / 2 - 1px) auto;
      border-inline-start: none;
      border-block-start: 2px var(--_connector-style) var(--_connector-color);
    }
  }

  /* .untracked, .tracking-number, .tracking-link, .external: styles/tracking.ts. */

  .tracking {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 2rem;
    margin: 0.75rem 0 0.25rem;
  }
  .tracking dt {
    font-size: 0.8125rem;
    color: var(--_text-muted);
  }
  .tracking dd {
    margin: 0;
    font-weight: 600;
  }

  .subheading {
    margin-block-end: 0;
    font-weight: 600;
  }
  /* One return inside the returns section. */
  .return + .return {
    margin-top: 0.75rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .return-heading {
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .items {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.25rem;
  }

  /* Tracking history. */
  .events {
    margin-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  .events summary {
    padding: 0.625rem 0;
    font-weight: 600;
    cursor: pointer;
  }
  .event-list {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 2px solid var(--_border);
  }
  .event {
    display: flex;
    flex-direction: column;
    padding: 0.25rem 0 0.625rem 1rem;
  }
  .event time,
  .event-place {
    font-size: 0.875rem;
    color: var(--_text-muted);
  }
  .history-empty {
    color: var(--_text-muted);
  }

  @media (prefers-reduced-motion: no-preference) {
    .marker,
    .badge {
      transition:
        background-color 0.3s ease,
        border-color 0.3s ease,
        color 0.3s ease;
    }
  }

  /* Forced colours: system colours, with shape and glyph still telling the states apart. */
  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .upcoming .marker {
      border-color: GrayText;
      color: GrayText;
    }
    .complete .marker {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .is-current .marker,
    .is-flagged .marker {
      color: CanvasText;
      border-color: Highlight;
      box-shadow: none;
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
    .is-current:not(.complete):not(.is-flagged) .marker::after {
      background: Highlight;
    }
    .step:not(:last-child)::before {
      --_connector-color: CanvasText;
    }
    .badge,
    .alert,
    .notice,
    .section {
      border-color: CanvasText;
    }
  }
`;
