// The toolbar's language and theme (globals `locale` and `theme`, declared in preview.ts), read the
// same way by the stories' decorator and by docs pages that show live elements outside a story.
export type StoryLocale = 'en' | 'fr';
export type StoryTheme = 'light' | 'dark';

export interface ToolbarChoices {
  locale: StoryLocale;
  theme: StoryTheme;
}

export function toolbarChoices(globals: Record<string, unknown> | undefined): ToolbarChoices {
  return { locale: globals?.locale === 'fr' ? 'fr' : 'en', theme: globals?.theme === 'dark' ? 'dark' : 'light' };
}

/** The wrapper's style that gives live elements the theme: its colour scheme, and the matching page colours. */
export function themeStyle(theme: StoryTheme): string {
  return `color-scheme: ${theme}; background: Canvas; color: CanvasText;`;
}
