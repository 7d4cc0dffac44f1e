import { css } from 'lit';

/**
 * The kit's global design tokens. Every colour is a `light-dark()` pair, so a component
 * follows the used `color-scheme`: the system preference by default, `theme="light|dark"` on
 * the element, or `color-scheme` set by the page on any ancestor. Each `--suivi-*` token can
 * be overridden by the page; the values were chosen for WCAG AA contrast on both surfaces.
 */
export const tokens = css`
  :host {
    color-scheme: inherit;
    --_font: var(--suivi-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--suivi-color-text, light-dark(#1d2433, #e8ecf3));
    --_text-muted: var(--suivi-color-text-muted, light-dark(#4b5565, #b2bac8));
    --_surface: var(--suivi-color-surface, light-dark(#ffffff, #14171f));
    --_surface-raised: var(--suivi-color-surface-raised, light-dark(#f5f7fa, #1d222d));
    --_border: var(--suivi-color-border, light-dark(#c9d0db, #465063));
    --_accent: var(--suivi-color-accent, light-dark(#1f5fd1, #8ab4ff));
    --_accent-contrast: var(--suivi-color-accent-contrast, light-dark(#ffffff, #0b1220));
    --_success: var(--suivi-color-success, light-dark(#1a7f37, #6fdc95));
    --_warning: var(--suivi-color-warning, light-dark(#8a5100, #f3c06b));
    --_danger: var(--suivi-color-danger, light-dark(#b42318, #ff9a90));
    --_success-surface: var(--suivi-color-success-surface, light-dark(#e8f5ec, #16301f));
    --_warning-surface: var(--suivi-color-warning-surface, light-dark(#fdf3e2, #33280f));
    --_danger-surface: var(--suivi-color-danger-surface, light-dark(#fdecea, #3a1a18));
    --_radius: var(--suivi-radius, 0.5rem);
    --_space: var(--suivi-space, 1rem);
    --_focus: var(--suivi-focus-ring, 0 0 0 3px light-dark(#1f5fd1, #8ab4ff));
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Buttons shared by every component: a primary (filled) and a secondary (outlined) style. */
export const buttonStyles = css`
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.7;
    cursor: progress;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
