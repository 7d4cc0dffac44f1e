// The model names and describes its schemas for the OpenAPI document (schema-meta.ts: `named`,
// `described`, which put an id and a sentence in zod's global registry). Only the OpenAPI
// generator reads that registry, in Node; a page never does. In a browser bundle each call
// `named(Schema, 'Id', 'A sentence…')` is replaced by `Schema` itself, so the sentences are not
// shipped and a schema no element uses is no longer kept alive by its registration.
import MagicString from 'magic-string';
import { MODEL_SOURCE, walk } from './model-source.mjs';

const META_FUNCTIONS = new Set(['named', 'described']);

/** A Vite (rolldown) plugin, run on the model's modules once their TypeScript is compiled. */
export function stripSchemaMeta() {
  return {
    name: 'suivi:strip-schema-meta',
    transform(code, id) {
      if (!MODEL_SOURCE.test(id.split('?')[0]) || !/\b(?:named|described)\(/.test(code)) return null;
      const output = new MagicString(code);
      let changed = false;
      for (const node of walk(this.parse(code))) {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || !META_FUNCTIONS.has(node.callee.name)) continue;
        const [schema] = node.arguments;
        if (!schema || schema.type === 'SpreadElement') throw new Error(`${id}: ${node.callee.name}() without a schema as its first argument`);
        // Outer calls first (walk is depth first), so a call inside a kept schema is still
        // rewritten: remove around the schema instead of copying its text.
        output.remove(node.start, schema.start);
        output.remove(schema.end, node.end);
        changed = true;
      }
      return changed ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
  };
}
