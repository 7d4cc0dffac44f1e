// Types for strip-schema-meta.mjs, for its unit test.

/** The Vite plugin; `transform` needs a context with the bundler's `parse` (an ESTree parser). */
export declare function stripSchemaMeta(): {
  name: string;
  transform(this: { parse(code: string): unknown }, code: string, id: string): { code: string; map: unknown } | null;
};
