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
/** The shared bases: BackpropElement, and ExerciseElement for an element that asks questions. */
const ELEMENT_BASES = new Set(['BackpropElement', 'ExerciseElement']);

function tagNameFromStaticField() {
  return {
    name: 'backprop-tag-name-from-static-field',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const field = declaration.members?.find(
            (member) => member.name === 'tagName' && member.static,
          );
          // A base (ExerciseElement) declares no tag of its own: it is not an element.
          if (ELEMENT_BASES.has(declaration.superclass?.name) && field)
            declaration.customElement = true;
          if (!declaration.customElement || declaration.tagName) continue;
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

/** The string value of `key` in an object literal, e.g. `attribute: 'learning-rate'`. */
function stringProperty(ts, objectLiteral, key) {
  for (const property of objectLiteral.properties) {
    if (!ts.isPropertyAssignment(property) || property.name.getText() !== key) continue;
    if (ts.isStringLiteralLike(property.initializer)) return property.initializer.text;
  }
  return undefined;
}

/**
 * The analyzer knows Lit's `@property`, not our `@setting` (src/internal/settings.ts), which
 * declares an attribute and its property in one line: record the attribute from the decorator,
 * so the manifest lists exactly what the element observes. `@readOnly` getters are marked
 * read-only (a getter alone is already; the mark keeps it so if a setter is ever added).
 *
 * Each element's module also exports `<Class>EventMap` (event name -> `CustomEvent<Detail>`),
 * declared there or in a module beside it: its types
 * become the documented events' `type`, and an event documented with `@fires` but missing from
 * the map (or the reverse) stops the generation, so the docs and the typed handlers agree.
 */
function settingsAndEventTypes() {
  const found = new Map(); // module path -> { settings, readOnly }
  // By interface name: a map may live in a sibling module the element re-exports it from.
  const eventMaps = new Map();
  return {
    name: 'backprop-settings-and-event-types',
    analyzePhase({ ts, node, moduleDoc }) {
      const entry = found.get(moduleDoc.path) ?? { settings: [], readOnly: [] };
      found.set(moduleDoc.path, entry);
      if (ts.isClassDeclaration(node) && node.name) {
        for (const member of node.members) {
          const name = member.name?.getText();
          for (const decorator of ts.getDecorators?.(member) ?? []) {
            const call = decorator.expression;
            if (ts.isIdentifier(call) && call.text === 'readOnly') {
              entry.readOnly.push({ className: node.name.text, name });
            }
            if (!ts.isCallExpression(call) || call.expression.getText() !== 'setting') continue;
            const spec = call.arguments[0];
            const attribute =
              spec && ts.isObjectLiteralExpression(spec) && stringProperty(ts, spec, 'attribute');
            if (attribute) entry.settings.push({ className: node.name.text, name, attribute });
          }
        }
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text.endsWith('EventMap')) {
        const events = new Map();
        for (const heritage of node.heritageClauses ?? []) {
          for (const type of heritage.types) {
            // BackpropEventMap holds the `error` event every element fires; ExerciseEventMap
            // adds `answer`, fired by every element that asks questions.
            const base = type.expression.getText();
            if (base === 'BackpropEventMap' || base === 'ExerciseEventMap') {
              events.set('error', 'CustomEvent<ErrorDetail>');
            }
            if (base === 'ExerciseEventMap') events.set('answer', 'CustomEvent<AnswerDetail>');
          }
        }
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.type) continue;
          const key = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
          events.set(key, member.type.getText());
        }
        eventMaps.set(node.name.text, { name: node.name.text, events });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const entry = found.get(module.path);
        if (!entry) continue;
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          for (const { className, name, attribute } of entry.settings) {
            if (className !== declaration.name) continue;
            const member = declaration.members?.find((m) => m.name === name && !m.static);
            if (!member) continue;
            member.attribute = attribute;
            declaration.attributes = declaration.attributes ?? [];
            if (!declaration.attributes.some((a) => a.name === attribute)) {
              declaration.attributes.push({
                name: attribute,
                ...(member.type ? { type: member.type } : {}),
                ...(member.description ? { description: member.description } : {}),
                fieldName: name,
              });
            }
          }
          for (const { className, name } of entry.readOnly) {
            const member = declaration.members?.find((m) => m.name === name && !m.static);
            if (className === declaration.name && member) member.readonly = true;
          }
          const map = eventMaps.get(`${declaration.name}EventMap`);
          if (!declaration.customElement || !map) continue;
          const documented = new Set((declaration.events ?? []).map((event) => event.name));
          for (const event of declaration.events ?? []) {
            const type = map.events.get(event.name);
            if (!type) {
              throw new Error(
                `${module.path}: the event '${event.name}' is documented with @fires but missing from ${map.name}`,
              );
            }
            event.type = { text: type };
          }
          for (const name of map.events.keys()) {
            if (!documented.has(name)) {
              throw new Error(
                `${module.path}: ${map.name} declares '${name}', which has no @fires line in the class's JSDoc`,
              );
            }
          }
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
  // The exercise base is read too, so its settings, properties and method are inherited into
  // each element that extends it (the module itself is dropped: it declares no element).
  globs: ['src/elements/**/*.ts', 'src/internal/exercise/exercise-element.ts'],
  exclude: ['src/elements/**/*.test.ts', 'src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise rewrite package.json's "customElements" to its outdir.
  packagejson: false,
  plugins: [tagNameFromStaticField(), settingsAndEventTypes(), onlyElementModules()],
};
