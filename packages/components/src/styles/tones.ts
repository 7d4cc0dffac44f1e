import { css } from 'lit';

/**
 * The colours of a status's tone (see shared/status-tone.ts), for any element that marks a status
 * with `tone-<tone>`: text colour and a matching surface, from the tokens, so a badge reads the same
 * in the timeline, the map card and anywhere else. The glyph and the words carry the meaning; the
 * colour only repeats it.
 */
export const toneStyles = css`
  .tone-success {
    color: var(--_success);
    background: var(--_success-surface);
  }
  .tone-warning {
    color: var(--_warning);
    background: var(--_warning-surface);
  }
  .tone-danger {
    color: var(--_danger);
    background: var(--_danger-surface);
  }
  .tone-progress {
    color: var(--_accent);
    background: var(--_surface-raised);
  }
`;
