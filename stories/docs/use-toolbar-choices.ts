// The toolbar's language and theme on a docs page that has no story (Docs/Theming's playground):
// such a page never runs the stories' decorator, and Storybook does not render it again when the
// toolbar changes, so its live elements read the globals themselves. Docs blocks do the same
// (addon-docs' useGlobals): the current globals from the docs context's store, then each change
// from the channel's GLOBALS_UPDATED.
import { DocsContext } from '@storybook/addon-docs/blocks';
import { useContext, useEffect, useState } from 'react';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import type { Globals, GlobalsUpdatedPayload } from 'storybook/internal/types';
import { type ToolbarChoices, toolbarChoices } from '../../.storybook/toolbar-choices.ts';

/**
 * The docs context of an MDX page is the preview's DocsContext, which holds the story store; its
 * `userGlobals` are the toolbar's current values (not in DocsContextProps' type, hence the cast).
 */
type StoreWithGlobals = { store?: { userGlobals?: { get(): Globals } } };

export function useToolbarChoices(): ToolbarChoices {
  const context = useContext(DocsContext);
  const [globals, setGlobals] = useState<Globals | undefined>(
    () => (context as unknown as StoreWithGlobals).store?.userGlobals?.get() ?? context.projectAnnotations.initialGlobals,
  );
  useEffect(() => {
    const changed = (payload: GlobalsUpdatedPayload) => setGlobals(payload.globals);
    context.channel.on(GLOBALS_UPDATED, changed);
    return () => context.channel.off(GLOBALS_UPDATED, changed);
  }, [context.channel]);
  return toolbarChoices(globals);
}
