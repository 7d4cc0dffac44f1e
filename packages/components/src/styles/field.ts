import { css } from 'lit';

/**
 * The kit's form fields: text inputs, selects and text areas with the surface, border and a touch
 * target of 2.75rem; a focus ring in the accent; an invalid field (`aria-invalid="true"`) with a
 * thicker border in the danger colour (Mark in forced colours). Checkboxes keep their own look (or
 * the element draws one, like the preference switches). The shopper's cards take it through
 * `cardStyles`; the staff's detail panel takes it directly.
 */
export const fieldStyles = css`
  /* :where() keeps this at a type selector's weight, so an element's own class rules still win. */
  input:where(:not([type='checkbox'])),
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    min-block-size: 2.75rem;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
