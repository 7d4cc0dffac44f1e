// Marks each call in the model that only builds a schema (`z.object(…)`, `z.string().check(…)`,
// `strictBody(…)`) as free of side effects, in the kit's browser bundles. zod declares its
// factories so where they are defined, but a bundler splitting the kit into chunks does not carry
// that to a call in another chunk than zod: an unused schema was dropped while its inner calls
// stayed, and zod with them, though no page code parses with a schema (the SDK and the components
// use the validators generated from them, packages/model/src/generated/validators.ts). Marked at
// each call site, every unused schema goes, and zod when nothing uses it
// (test/unit/kit-without-zod.test.ts). Runs after strip-schema-meta.mjs, on the model only.
import MagicString from 'magic-string';
import { MODEL_SOURCE, walk } from './model-source.mjs';

/** The model's own helpers that only build a schema (admin-request-body.ts). */
const SCHEMA_HELPERS = new Set(['strictBody', 'staffText']);
/** zod calls that do something besides building a schema: never marked. */
const NOT_FACTORIES = /^(?:globalRegistry|safeParse|parse|config|toJSONSchema)$/;

/** `z.object(…)`, `z.iso.datetime(…)`, `strictBody(…)`, or `.check(…)` on one of those. */
export function isSchemaFactoryCall(node) {
  if (node.type !== 'CallExpression') return false;
  const callee = node.callee;
  if (callee.type === 'Identifier') return SCHEMA_HELPERS.has(callee.name);
  if (callee.type !== 'MemberExpression' || callee.computed) return false;
  const names = [callee.property.name];
  let root = callee.object;
  while (root.type === 'MemberExpression' && !root.computed) {
    names.push(root.property.name);
    root = root.object;
  }
  if (root.type === 'Identifier' && root.name === 'z') return !names.some((name) => NOT_FACTORIES.test(name));
  return callee.property.name === 'check' && isSchemaFactoryCall(callee.object);
}

/** A Vite (rolldown) plugin for the model's modules once their TypeScript is compiled. */
export function pureSchemaCalls() {
  return {
    name: 'suivi:pure-schema-calls',
    transform(code, id) {
      if (!MODEL_SOURCE.test(id.split('?')[0]) || !/\b(?:z\.\w+|strictBody|staffText)\(/.test(code)) return null;
      const output = new MagicString(code);
      let changed = false;
      for (const node of walk(this.parse(code))) {
        if (!isSchemaFactoryCall(node)) continue;
        const before = code.slice(Math.max(0, node.start - 16), node.start);
        if (/\/\*\s*[@#]__PURE__\s*\*\/\s*$/.test(before)) continue;
        output.prependRight(node.start, '/* @__PURE__ */ ');
        changed = true;
      }
      return changed ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
  };
}
