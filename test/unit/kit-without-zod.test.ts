// The browser does not pay for zod: the whole kit, bundled as the script-tag kit is (every element,
// the SDK, the model, lazy chunks included), holds no module of the zod package. The SDK and the
// components check values with the validators generated from the model's schemas
// (packages/model/src/generated/validators.ts), and no source of theirs imports zod.
//
//   node --import tsx --test test/unit/kit-without-zod.test.ts
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bundle } from '../../scripts/build/bundle.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Every TypeScript file under a folder. */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the kit without zod', () => {
  it('no source of the SDK or the components imports zod', () => {
    const importing = [...sources(join(ROOT, 'packages/sdk/src')), ...sources(join(ROOT, 'packages/components/src'))].filter((path) =>
      /\bfrom\s+['"]zod(?:\/[^'"]*)?['"]|\bimport\s*\(\s*['"]zod/.test(readFileSync(path, 'utf8')),
    );
    assert.deepEqual(importing, []);
  });

  it('bundles the whole kit with no module of the zod package in it, and its checks still', { timeout: 240_000 }, async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'suivi-kit-'));
    try {
      const files = await bundle({ entry: 'packages/components/src/define-all.ts', outDir, fileName: 'suivi.js', expectedLogs: ['INEFFECTIVE_DYNAMIC_IMPORT'] });
      const modules = files.flatMap((file) => Object.keys(file.modules));
      assert.ok(modules.some((id) => id.includes('/packages/sdk/src/')), 'the SDK is in the kit');
      assert.ok(modules.some((id) => id.includes('/packages/model/src/generated/validators.ts')), 'the generated validators are in the kit');
      assert.deepEqual(
        modules.filter((id) => /[\\/]node_modules[\\/]zod[\\/]/.test(id)),
        [],
        'modules of zod in the kit',
      );
      // The answers are still checked: an order number's own message travels with its validator.
      const code = files.map((file) => file.code).join('\n');
      assert.ok(code.includes('Expected an order number like #1001'));
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
