// The kit's global `--suivi-*` tokens for the Theming page: each one's name and default read from
// the components' own stylesheet (`tokens` in packages/components/src/styles/tokens.ts), so the page
// cannot drift from what the elements use; the descriptions are written here, and
// test/unit/theming-docs.test.ts fails when a token has none or a description names no token.
// No imports: the callers pass the stylesheet's text (`tokens.cssText`), so Node can test this file.

export interface SuiviToken {
  name: string;
  /** The default, as written in the stylesheet (colours are `light-dark(light, dark)` pairs). */
  defaultValue: string;
  description: string;
  kind: 'color' | 'length' | 'font' | 'shadow';
}

/** What each token styles, by name. */
export const TOKEN_DESCRIPTIONS: Record<string, { description: string; kind: SuiviToken['kind'] }> = {
  '--suivi-font-family': { kind: 'font', description: 'Typeface of every element. Defaults to the system UI font.' },
  '--suivi-color-text': { kind: 'color', description: 'Body text.' },
  '--suivi-color-text-muted': { kind: 'color', description: 'Secondary text: hints, dates, captions. Keep 4.5:1 against both surfaces.' },
  '--suivi-color-surface': { kind: 'color', description: 'Background of cards, forms and the table.' },
  '--suivi-color-surface-raised': { kind: 'color', description: 'Background of raised areas: table headers, sections, the summary totals.' },
  '--suivi-color-border': { kind: 'color', description: 'Borders of fields, cards and dividers (3:1 against the surface for fields).' },
  '--suivi-color-accent': { kind: 'color', description: 'Brand colour: primary buttons, links, the current step, focus outlines.' },
  '--suivi-color-accent-contrast': { kind: 'color', description: 'Text on the accent colour (primary buttons).' },
  '--suivi-color-success': { kind: 'color', description: 'Good news: paid, delivered, completed steps.' },
  '--suivi-color-warning': { kind: 'color', description: 'Needs attention: on hold, attempted delivery, partly paid.' },
  '--suivi-color-danger': { kind: 'color', description: 'Problems: failed lookups, refusals, cancelled orders, field errors.' },
  '--suivi-color-success-surface': { kind: 'color', description: 'Background of success notices and badges.' },
  '--suivi-color-warning-surface': { kind: 'color', description: 'Background of warning notices and badges.' },
  '--suivi-color-danger-surface': { kind: 'color', description: 'Background of error alerts and badges.' },
  '--suivi-radius': { kind: 'length', description: 'Corner radius of cards, fields and buttons.' },
  '--suivi-space': { kind: 'length', description: 'The base spacing unit; gaps and padding are multiples of it.' },
  '--suivi-focus-ring': { kind: 'shadow', description: 'Box shadow marking the focused control, where an element draws its own ring.' },
};

/** `--_text: var(--suivi-color-text, light-dark(#1d2433, #e8ecf3));` → name and default. */
const DECLARATION = /--_[\w-]+:\s*var\((--suivi-[\w-]+),\s*(.+?)\);/g;

/** Every global token the elements read, in the stylesheet's order, with its default and description. */
export function suiviTokens(cssText: string): SuiviToken[] {
  return [...cssText.matchAll(DECLARATION)].map(([, name, defaultValue]) => {
    const documented = TOKEN_DESCRIPTIONS[name];
    return { name, defaultValue: defaultValue.trim(), description: documented?.description ?? '', kind: documented?.kind ?? 'length' };
  });
}

/** The light value of a `light-dark()` pair or a plain hex colour, for a colour picker's start. */
export function lightValue(value: string): string {
  return /#[0-9a-f]{6}/i.exec(value)?.[0] ?? '#000000';
}
