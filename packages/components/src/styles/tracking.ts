import { css } from 'lit';

/**
 * A shipment's tracking, as the timeline and the map card both show it: the number in even-width
 * digits (it wraps rather than overflows), the link to the carrier's page with its "opens
 * elsewhere" arrow, and the sentence for a carrier without live tracking on a raised surface.
 * Put it before the element's own sheet, so the element can add to these rules.
 */
export const trackingStyles = css`
  .tracking-number {
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .tracking-link {
    color: var(--_accent);
    text-underline-offset: 0.2em;
  }
  .external {
    margin-inline-start: 0.25rem;
  }
  .untracked {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
`;
