// What the build's transforms of the model share (strip-schema-meta.mjs, pure-schema-calls.mjs):
// which modules are the model's own source, and a walk over a parsed module.

/** The model's TypeScript sources, the only modules those transforms touch. */
export const MODEL_SOURCE = /\/packages\/model\/src\/.+\.ts$/;

/** Every node of an ESTree program, depth first. */
export function* walk(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* walk(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* walk(value);
  }
}
