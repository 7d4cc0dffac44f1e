import { css } from 'lit';
import { fieldStyles } from './field.ts';

/**
 * The card the shopper's tools sit in (returns, updates, sharing), matching the summary and the
 * timeline's sections: its own surface and border, a heading, a muted intro, and a polite status
 * line that takes no room until it says something. Each element maps `--suivi-<element>-background`
 * onto `--_card-background`. Its form fields look as `fieldStyles` draws them.
 */
export const cardStyles = css`
  ${fieldStyles}
  :host {
    display: block;
  }
  .card {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-background, var(--_surface));
  }
  .card-heading {
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .intro,
  .hint {
    margin: 0;
    color: var(--_text-muted);
  }
  .hint {
    font-size: 0.875rem;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: 0;
    font-weight: 600;
    color: var(--_success);
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875rem;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
