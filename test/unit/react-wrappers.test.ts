// @suivi/react against the Custom Elements Manifest (what the components' headers document): one
// wrapper per element, exported from the package, and each element's @fires events mapped to a
// React prop named `on` + the event name in PascalCase. Read without a DOM: the event tables are
// plain data, the wrappers are read as source.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import manifest from '../../packages/components/custom-elements.json' with { type: 'json' };
import { eventsByTag } from '../../packages/react/src/element-events.ts';

const SRC = new URL('../../packages/react/src/', import.meta.url);

interface Declared {
  tagName?: string;
  events?: { name: string }[];
}
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []) as Declared[])
  .filter((declaration): declaration is Declared & { tagName: string } => Boolean(declaration.tagName));

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

describe('@suivi/react', () => {
  it('has one wrapper per element of the manifest, exported from the package', () => {
    const index = readFileSync(new URL('index.ts', SRC), 'utf8');
    const wrapped = new Map<string, string>();
    for (const file of readdirSync(SRC).filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'element-events.ts')) {
      const source = readFileSync(new URL(file, SRC), 'utf8');
      const tag = /tagName: '([^']+)'/.exec(source)?.[1];
      const name = /export const (\w+) = createComponent/.exec(source)?.[1];
      assert.ok(tag && name, `${file} wraps an element with createComponent`);
      wrapped.set(tag, name);
      assert.match(index, new RegExp(`export \\{ ${name} \\} from './${file}';`), `index.ts exports ${name}`);
    }
    assert.deepEqual([...wrapped.keys()].sort(), elements.map((element) => element.tagName).sort());
    for (const [tag, name] of wrapped) assert.equal(name, pascal(tag), `<${tag}> is wrapped as ${pascal(tag)}`);
  });

  it("maps every element's documented events, and only those, to on… props", () => {
    for (const element of elements) {
      const documented = (element.events ?? []).map((event) => event.name).sort();
      const mapped = eventsByTag[element.tagName] ?? {};
      assert.deepEqual(Object.values(mapped).sort(), documented, `<${element.tagName}>'s events`);
      for (const [prop, event] of Object.entries(mapped)) assert.equal(prop, `on${pascal(event)}`, `${event} as a React prop`);
    }
  });
});
