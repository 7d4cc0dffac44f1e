// The publishable packages, in build order (each one's types are read by the next), and
// what each needs from npm once published. Shared by build.mjs, check-packages.mjs and size.mjs.
//
// The workspace packages' package.json files point their `exports` at the TypeScript sources
// (`./src/*.ts`), which is what the demo, the tests and Storybook run. A built package is a
// separate folder, `packages/<name>/dist/` (`mocks/dist/` for @suivi/mocks), with its own
// package.json written by build.mjs from the source one (each `./src/x.ts` becomes `./x.js` with
// `./x.d.ts` beside it): the same idea as `publishConfig.directory`, so nothing in the dev flow
// needs a build first, and `npm publish` runs in dist/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const rootDevDependencies = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).devDependencies;

/**
 * The version range the workspace builds and tests against: the root's devDependencies, or for a
 * package that comes in through one of them (a types package), the installed version.
 */
function testedRange(name) {
  if (rootDevDependencies[name]) return rootDevDependencies[name];
  const installed = JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
  return `^${installed}`;
}

/** `{name: range}` for each dependency, with the ranges the workspace is tested with. */
const ranges = (names) => Object.fromEntries(names.map((name) => [name, testedRange(name)]));

export const PACKAGES = [
  {
    name: '@suivi/model',
    dir: 'packages/model',
    dependencies: ranges(['zod']),
  },
  {
    name: '@suivi/sdk',
    dir: 'packages/sdk',
    dependencies: { '@suivi/model': 'workspace' },
  },
  {
    name: '@suivi/components',
    dir: 'packages/components',
    dependencies: {
      '@suivi/model': 'workspace',
      '@suivi/sdk': 'workspace',
      // The map's public types (MapKit, WorldAtlas) are the kit's own: no types package needed.
      ...ranges(['lit', '@lit/context', '@lit/task', 'world-atlas']),
    },
    // Only the type-only entries jsx/react and jsx/vue read these, so a page without React or Vue needs neither.
    peerDependencies: { '@types/react': '>=19', vue: '>=3.3' },
    peerDependenciesMeta: { '@types/react': { optional: true }, vue: { optional: true } },
  },
  {
    name: '@suivi/react',
    dir: 'packages/react',
    dependencies: { '@suivi/components': 'workspace', ...ranges(['@lit/react']) },
    // The page's own React (19: custom-element properties and events), and its types for TypeScript users.
    peerDependencies: { react: '>=19', '@types/react': '>=19' },
    peerDependenciesMeta: { '@types/react': { optional: true } },
  },
  {
    name: '@suivi/mocks',
    dir: 'mocks',
    // zod: the mock reads request bodies with zod/mini itself (and names its types in .d.ts).
    dependencies: { '@suivi/model': 'workspace', ...ranges(['zod']) },
    // msw is a peer, not a dependency: the handlers are msw's RequestHandler objects, which only
    // the msw that runs them understands, and a test adds its own with server.use()/worker.use()
    // and serves that msw's mockServiceWorker.js. One msw in the project, the project's own;
    // npm 7+ installs it if the project has none.
    peerDependencies: ranges(['msw']),
    // `npx suivi-mock-server --port 4010`: the standalone HTTP mock (the repository's npm run mock:server).
    bin: { 'suivi-mock-server': './src/server/cli.ts' },
  },
];

/** Where a package's build goes. */
export const distDir = (pkg) => `${ROOT}${pkg.dir}/dist`;
