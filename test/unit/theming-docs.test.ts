// The Theming docs page (stories/theming.mdx) lists the kit's global tokens from the components'
// own stylesheet: every `--suivi-*` token the elements read must have a description there, and
// every description must name a token that exists.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TOKEN_DESCRIPTIONS, lightValue, suiviTokens } from '../../stories/docs/suivi-tokens.ts';

const stylesheet = readFileSync(new URL('../../packages/components/src/styles/tokens.ts', import.meta.url), 'utf8');

describe('Theming docs', () => {
  const listed = suiviTokens(stylesheet);

  it('reads the tokens and their defaults from the stylesheet', () => {
    assert.ok(listed.length >= 10, `found ${listed.length} tokens`);
    const accent = listed.find((token) => token.name === '--suivi-color-accent');
    assert.match(accent?.defaultValue ?? '', /^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/i);
    assert.equal(lightValue(accent!.defaultValue), accent!.defaultValue.slice(11, 18));
  });

  it('describes every token, and no token that does not exist', () => {
    for (const token of listed) assert.ok(token.description, `${token.name} has a description`);
    assert.deepEqual(Object.keys(TOKEN_DESCRIPTIONS).sort(), listed.map((token) => token.name).sort());
  });

  it('lists every --suivi-* global the stylesheet reads', () => {
    const read = [...new Set([...stylesheet.matchAll(/var\((--suivi-[\w-]+)/g)].map((match) => match[1]))].sort();
    assert.deepEqual(listed.map((token) => token.name).sort(), read);
  });
});
