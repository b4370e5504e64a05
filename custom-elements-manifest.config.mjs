// custom-elements.json is generated from the elements' JSDoc (`npm run manifest`) and committed;
// `npm test` regenerates it in memory and fails when the committed file is stale.

/** Strips the quotes the analyzer keeps around a string default: "'graph-backprop'" -> graph-backprop. */
function unquote(text) {
  return text?.replace(/^(['"`])(.*)\1$/, '$2');
}

/**
 * Our elements extend BackpropElement (the analyzer only recognises direct subclasses of
 * LitElement or HTMLElement) and register through `static tagName` + `X.define()` (a guard
 * against double registration), which it cannot see as `customElements.define`. So: mark
 * BackpropElement's subclasses as elements, read the tag from the static field, and record the
 * definition as an export of the module.
 */
function tagNameFromStaticField() {
  return {
    name: 'backprop-tag-name-from-static-field',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (declaration.superclass?.name === 'BackpropElement') declaration.customElement = true;
          if (!declaration.customElement || declaration.tagName) continue;
          const field = declaration.members?.find(
            (member) => member.name === 'tagName' && member.static,
          );
          const tag = unquote(field?.default);
          if (!tag) continue;
          declaration.tagName = tag;
          module.exports = [
            ...(module.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: declaration.name, module: module.path },
            },
          ];
        }
      }
    },
  };
}

/** Keeps only the modules that declare an element, so helper refactors do not churn the file. */
function onlyElementModules() {
  return {
    name: 'backprop-only-element-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter((module) =>
        (module.declarations ?? []).some((declaration) => declaration.customElement),
      );
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.test.ts', 'src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise rewrite package.json's "customElements" to its outdir.
  packagejson: false,
  plugins: [tagNameFromStaticField(), onlyElementModules()],
};
