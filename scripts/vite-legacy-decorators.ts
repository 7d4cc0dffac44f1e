/**
 * Vite 8 transforms TypeScript with Oxc, which leaves decorators untransformed unless told
 * otherwise, and browsers cannot run them yet. The components use Lit's legacy (TypeScript
 * "experimental") decorators with `useDefineForClassFields: false`, so Oxc must compile them
 * the same way tsc would: legacy decorators, and class fields assigned (not defined) so that a
 * field initialiser goes through the reactive accessor Lit installs instead of shadowing it.
 * Shared by the demo's vite.config.ts and Storybook's viteFinal.
 */
import type { UserConfig } from 'vite';

export const litLegacyDecoratorsOxcOptions = {
  decorator: { legacy: true },
  assumptions: { setPublicClassFields: true },
  typescript: { removeClassFieldsWithoutInitializer: true },
} satisfies UserConfig['oxc'];
