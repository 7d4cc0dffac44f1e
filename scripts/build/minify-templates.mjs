// The HTML and CSS inside Lit's html`` / svg`` / css`` templates, minified at build time
// (minify-literals: html-minifier-next for markup, Lightning CSS for styles). The templates are
// written for people to read; a page downloads them on every visit, and gzip does not remove the
// indentation and comments that make up a good part of them. Only the components' sources are
// touched: the SDK and model have no templates, and dependencies ship their own builds.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';

const COMPONENT_SOURCE = /\/packages\/components\/src\/.+\.ts$/;

/**
 * minify-literals' defaults, except that whitespace between tags is collapsed to one space and
 * never removed: the minifier cannot see our CSS, and a block element styled inline (a label and
 * its value on one line) would lose the space a person sees and a screen reader reads.
 */
const OPTIONS = { html: { conservativeCollapse: true } };

/**
 * A Vite (rolldown) plugin that minifies the templates of the components' TypeScript sources
 * before the TypeScript itself is compiled, so the parser sees the code as written.
 */
export function minifyTemplates() {
  return {
    name: 'suivi:minify-templates',
    enforce: 'pre',
    async transform(code, id) {
      const path = id.split('?')[0];
      if (!COMPONENT_SOURCE.test(path)) return null;
      const result = await minifyHTMLLiterals(code, { ...OPTIONS, fileName: path });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

/**
 * The same minification over a built package's modules (tsc's output in dist/, the JavaScript a
 * store's bundler reads), in place. Returns how many files changed.
 */
export async function minifyTemplatesInDir(dir) {
  let changed = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const path = join(entry.parentPath, entry.name);
    const result = await minifyHTMLLiterals(await readFile(path, 'utf8'), { ...OPTIONS, fileName: path, sourceMap: false });
    if (result) {
      await writeFile(path, result.code);
      changed += 1;
    }
  }
  return changed;
}
