import { css } from 'lit';

/**
 * The status badge (`.badge`: a pill with a glyph and the words) and the colours of a status's tone
 * (see shared/status-tone.ts), for any element that marks a status with `tone-<tone>`: text colour
 * and a matching surface, from the tokens, so a badge reads the same in the timeline, the map card
 * and anywhere else. The glyph and the words carry the meaning; the colour only repeats it. Put it
 * before the element's own sheet, so the element can still adjust a badge (motion, forced colours).
 */
export const toneStyles = css`
  /* The badge's shape; a neutral badge (no tone class) stays muted. The tone rules below come later, so they win. */
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding: 0.125rem 0.625rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_text-muted);
    background: var(--_surface-raised);
  }
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
