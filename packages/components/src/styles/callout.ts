import { css } from 'lit';

/**
 * A message block that stands apart from the content around it: a coloured edge and surface for
 * its tone (`danger`, `warning`), a plain border in forced colours. Hidden until `.shown`, so the
 * element can stay in the DOM as a live region and be announced when its text arrives.
 */
export const calloutStyles = css`
  .callout {
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface-raised);
  }
  .callout:not(.shown) {
    display: none;
  }
  .callout.danger {
    border-inline-start-color: var(--_danger);
    background: var(--_danger-surface);
  }
  .callout.warning {
    border-inline-start-color: var(--_warning);
    background: var(--_warning-surface);
  }
  @media (forced-colors: active) {
    .callout {
      border: 1px solid CanvasText;
    }
  }
`;
