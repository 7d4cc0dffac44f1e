// The Custom Elements Manifest of @suivi/components (`npm run analyze`): every element's tag,
// attributes, properties, events (@fires), slots, CSS parts and CSS custom properties, with the
// descriptions written in each class header. Storybook's controls and docs tables read it
// (.storybook/preview.ts), and the built package ships it (`"customElements"` in package.json).
//
// The analyzer reads the TypeScript sources; module paths are the package's (`src/…`) so the
// manifest matches the workspace package, and `npm run build` rewrites them to the built `.js`
// files in the copy it puts in dist/.
export default {
  globs: ['packages/components/src/**/*.ts'],
  // jsx/: framework typings of the tags (types only, no element).
  exclude: ['**/*.d.ts', 'packages/components/src/jsx/**'],
  outdir: 'packages/components',
  // Lit: reactive properties from @property/@state, `attribute` names and `reflect`, static styles.
  litelement: true,
  // The analyzer would otherwise write a `customElements` field into the root package.json (the
  // folder it runs in); packages/components/package.json names the manifest itself.
  packagejson: false,
  // Package-relative paths ("src/order-status/suivi-order-status.ts"), not repository-relative;
  // the public API only (private members are implementation, and were four fifths of the file).
  plugins: [packageRelativePaths('packages/components/'), publicMembersOnly()],
};

/** Drops the workspace folder from every module path, so paths read as they do inside the package; sorts the modules. */
function packageRelativePaths(prefix) {
  const strip = (path) => (typeof path === 'string' && path.startsWith(prefix) ? path.slice(prefix.length) : path);
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = strip(value);
        else visit(value);
      }
    }
  };
  return {
    name: 'suivi-package-relative-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
      // Modules in path order: the analyzer lists them in the order files were read, which varies
      // between runs, and the committed manifest must only change when the components do.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/**
 * Keeps public members only: the manifest documents what a page may use, and stays small enough
 * for Storybook to load. Two guesses of the analyzer go with them: internal state declared in
 * `static properties` (`{ state: true }` on a private field) listed as an attribute, and an event
 * "found" in `dispatchEvent(new SomeEvent(arg))` named after the argument; the events a page can
 * listen to are the ones the class header documents with @fires (which always gives a description).
 */
function publicMembersOnly() {
  const isPublic = (member) => !member.privacy || member.privacy === 'public';
  return {
    name: 'suivi-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const internal = new Set((declaration.members ?? []).filter((member) => !isPublic(member)).map((member) => member.name));
          // An element's static members (`shadowRootOptions`) belong to its class, not to the element a page holds.
          const isPageApi = (member) => isPublic(member) && !(declaration.customElement && member.static);
          if (declaration.members) declaration.members = declaration.members.filter(isPageApi);
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
        }
      }
    },
  };
}
