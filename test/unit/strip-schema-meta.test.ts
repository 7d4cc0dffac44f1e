// The kit's bundles leave out the model's OpenAPI names and descriptions (scripts/build/
// strip-schema-meta.mjs) and keep the schemas themselves: the rewrite on its own, then the whole
// kit bundled as the script-tag kit is, checked against every description the model registers.
//
//   node --import tsx --test test/unit/strip-schema-meta.test.ts
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseAst } from 'vite';
import * as z from 'zod/mini';
import '@suivi/model';
import { bundle } from '../../scripts/build/bundle.mjs';
import { stripSchemaMeta } from '../../scripts/build/strip-schema-meta.mjs';

const MODEL_MODULE = '/repo/packages/model/src/example.ts';

/** The plugin's transform as the bundler calls it, with the bundler's parser. */
function strip(code: string, id = MODEL_MODULE): string | null {
  const plugin = stripSchemaMeta();
  const result = plugin.transform.call({ parse: (source: string) => parseAst(source) }, code, id);
  return result ? result.code : null;
}

/** Every description in the model's registry (what the OpenAPI document is made from). */
function registeredDescriptions(): string[] {
  const generated = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12' }) as { schemas: Record<string, unknown> };
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'description' && typeof child === 'string') found.add(child);
        else visit(child);
      }
    }
  };
  visit(generated.schemas);
  return [...found];
}

describe('strip-schema-meta', () => {
  it('replaces named() and described() by their schema, nested ones too, and leaves other calls alone', () => {
    const source = [
      "const Inner = described(z.string(), 'An inner sentence');",
      "export const Outer = named(z.object({ inner: Inner, other: described(z.int(), 'Another (sentence), with commas') }), 'Outer', 'The outer sentence');",
      "const kept = schemas.named(z.string(), 'a', 'b'); const alsoKept = unnamed(z.string(), 'c');",
    ].join('\n');
    const stripped = strip(source);
    assert.ok(stripped);
    assert.equal(
      stripped,
      [
        'const Inner = z.string();',
        'export const Outer = z.object({ inner: Inner, other: z.int() });',
        "const kept = schemas.named(z.string(), 'a', 'b'); const alsoKept = unnamed(z.string(), 'c');",
      ].join('\n'),
    );
  });

  it('touches only the model, and nothing without a call to strip', () => {
    assert.equal(strip("named(z.string(), 'A', 'B');", '/repo/packages/sdk/src/client.ts'), null);
    assert.equal(strip('export const A = z.string();'), null);
  });

  it('ships none of the model\'s descriptions in the whole kit, and its checks still', async () => {
    const descriptions = registeredDescriptions();
    assert.ok(descriptions.length > 40, `expected the model to describe its schemas, found ${descriptions.length}`);
    const outDir = await mkdtemp(join(tmpdir(), 'suivi-kit-'));
    try {
      const files = await bundle({ entry: 'packages/components/src/define-all.ts', outDir, fileName: 'suivi.js', expectedLogs: ['INEFFECTIVE_DYNAMIC_IMPORT'] });
      const code = files.map((file) => file.code).join('\n');
      const shipped = descriptions.filter((description) => code.includes(description));
      assert.deepEqual(shipped, []);
      // The schemas are still there: the order number's own check message, for one.
      assert.ok(code.includes('Expected an order number like #1001'));
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
