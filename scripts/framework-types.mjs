// Framework type declarations generated from custom-elements.json (run by scripts/manifest.mjs):
//   types/react.d.ts   React 19 JSX IntrinsicElements
//   types/vue.d.ts     Vue 3 GlobalComponents (Volar / vue-tsc template checking)
//   types/svelte.d.ts  Svelte 5 svelte/elements SvelteHTMLElements
// Every type comes from the element's own declaration (`NeuronBackprop['x']`,
// `NeuronBackpropEventMap['input']`), so the props and the classes cannot drift apart.
// Read-only properties are left out: a framework sets every prop it is given.

const HEADER = [
  '// Generated from custom-elements.json by `npm run manifest` (scripts/framework-types.mjs).',
  '// Do not edit: change the elements’ JSDoc or types and regenerate.',
];

/** A JSDoc block, or nothing for an empty description. */
function doc(text, indent = '  ') {
  const clean = text.replace(/\*\//g, '*\\/').trim();
  if (!clean) return [];
  const lines = clean.split('\n');
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((line) => `${indent} * ${line}`.trimEnd()), `${indent} */`];
}

/** `learning-rate` -> `'learning-rate'`, `x` -> `x`. */
function key(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`;
}

/** `'reverse' | 'forward'`: a type that is a set of strings (see scripts/manifest-types.mjs). */
function isStringUnion(typeText) {
  return /^'[^']*'( \| '[^']*')*$/.test(typeText ?? '');
}

/** `backward-step` -> `BackwardStep`. */
function pascal(name) {
  return name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
}

function imports(elements) {
  return elements.map((element) => {
    const names = [element.className];
    if (element.events.some((event) => event.type)) names.push(`${element.className}EventMap`);
    return `import type { ${names.join(', ')} } from '../dist/types/${element.typesPath}';`;
  });
}

/**
 * The props shared by every framework: each settable property (a setting also takes its
 * attribute's text) and each attribute whose name is not a property name (`learning-rate`).
 */
function valueProps(element) {
  const lines = [];
  for (const property of element.properties) {
    const note = property.attribute ? ` (attribute \`${property.attribute}\`)` : '';
    lines.push(...doc(`${property.description}${note}`));
    const type = `${element.className}['${property.name}']`;
    // A setting also takes its attribute's text, unless its values are a few words (`mode`):
    // then the words themselves are the type, and a misspelt one does not compile.
    const text = property.attribute && !isStringUnion(property.type) ? `${type} | string` : type;
    lines.push(`  ${key(property.name)}?: ${text};`);
  }
  for (const attribute of element.attributes) {
    if (attribute.name === attribute.property) continue;
    lines.push(...doc(`${attribute.description} (the attribute of \`${attribute.property}\`)`));
    lines.push(`  ${key(attribute.name)}?: string | number;`);
  }
  return lines;
}

/**
 * Handler props, named by `handlerName(event.name)`, typed with the element's event map. An
 * event the map lacks gets a plain CustomEvent (scripts/manifest.mjs reports it, and its
 * --check fails on it).
 */
function eventProps(element, handlerName) {
  return element.events.flatMap((event) => [
    ...doc(event.description),
    `  ${key(handlerName(event.name))}?: (event: ${
      event.type ? `${element.className}EventMap['${event.name}']` : 'CustomEvent'
    }) => void;`,
  ]);
}

function propsInterface(element, handlerName) {
  return [
    ...doc(`Props of \`<${element.tag}>\`: ${element.summary}`, ''),
    `export interface ${element.className}Props {`,
    ...valueProps(element),
    ...eventProps(element, handlerName),
    '}',
  ];
}

function react(elements) {
  return [
    ...HEADER,
    '// React 19 JSX types for the elements. Load them once, e.g. in a .d.ts or your entry file:',
    "//   import type {} from 'backprop-elements/react';",
    "import type { ClassAttributes, HTMLAttributes } from 'react';",
    ...imports(elements),
    '',
    '/**',
    " * React's own props (ref, key, children, style, className, id, aria-*...), `class`, and the",
    " * element's props, which win over React's where a name is shared.",
    ' */',
    'export type ElementProps<E, Own> = Own &',
    '  ClassAttributes<E> &',
    '  Omit<HTMLAttributes<E>, keyof Own> & { class?: string };',
    '',
    // React 19 listens for a custom element's events through `on` + the exact event name.
    ...elements.flatMap((element) => [...propsInterface(element, (name) => `on${name}`), '']),
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...elements.map((e) => `      '${e.tag}': ElementProps<${e.className}, ${e.className}Props>;`),
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

function vue(elements) {
  return [
    ...HEADER,
    '// Vue 3 template types for the elements (Volar / vue-tsc). Load them once:',
    "//   import type {} from 'backprop-elements/vue';",
    '// Vue must also treat the tags as custom elements: compilerOptions.isCustomElement.',
    "import type { AllowedComponentProps, HTMLAttributes, VNode, VNodeProps } from 'vue';",
    ...imports(elements),
    '',
    '/**',
    " * Vue's own props (key, ref, class, style), the HTML attributes (id, title, aria-*, data-*,",
    " * onClick...) and the element's props, which win where a name is shared.",
    ' */',
    'export type KnownProps<Own> = Own &',
    '  Omit<HTMLAttributes, keyof Own> &',
    '  AllowedComponentProps &',
    '  VNodeProps & {',
    // vue-tsc camelizes a component's dashed attribute names: `data-x` arrives as `dataX`.
    '    [name: `data-${string}` | `data${Capitalize<string>}`]: unknown;',
    '  };',
    '',
    '/**',
    ' * A name the element does not take (a misspelling, a read-only property) gets a type no',
    ' * value has, named by a sentence that says so.',
    ' */',
    'export type UnknownProps<Given, Own> = {',
    '  [Name in Exclude<keyof Given, keyof KnownProps<Own>>]: {',
    '    [message in `"${Name & string}" is not a settable property or an attribute of this element`]: never;',
    '  };',
    '};',
    '',
    '/**',
    " * A tag in a template, typed as a function of its props. vue-tsc's default settings accept any",
    ' * unknown name on a component (it may be a fallthrough attribute) and report no excess',
    " * property, so the element's signature itself refuses every name it does not take; under",
    ' * `strictTemplates` the same names fail and `id`, `class`, `aria-*` still pass.',
    ' */',
    'export type ElementComponent<Own> = <Given extends KnownProps<Own>>(',
    '  props: Given & UnknownProps<Given, Own>,',
    '  context?: unknown,',
    ') => VNode;',
    '',
    // `@backward-step` in a template is checked against an `onBackwardStep` prop.
    ...elements.flatMap((element) => [
      ...propsInterface(element, (name) => `on${pascal(name)}`),
      '',
    ]),
    "declare module 'vue' {",
    '  interface GlobalComponents {',
    ...elements.map((e) => `    '${e.tag}': ElementComponent<${e.className}Props>;`),
    '  }',
    '}',
    '',
  ].join('\n');
}

function svelte(elements) {
  return [
    ...HEADER,
    '// Svelte 5 types for the elements (svelte-check, the editor). Load them once:',
    "//   import type {} from 'backprop-elements/svelte';",
    "import type { HTMLAttributes } from 'svelte/elements';",
    ...imports(elements),
    '',
    "/** Svelte's own attributes (class, style, id, aria-*...) and the element's, which win. */",
    'export type ElementProps<E extends EventTarget, Own> = Own & Omit<HTMLAttributes<E>, keyof Own>;',
    '',
    // Svelte 5 listens through `on` + the exact event name, as React does.
    ...elements.flatMap((element) => [...propsInterface(element, (name) => `on${name}`), '']),
    "declare module 'svelte/elements' {",
    '  interface SvelteHTMLElements {',
    ...elements.map((e) => `    '${e.tag}': ElementProps<${e.className}, ${e.className}Props>;`),
    '  }',
    '}',
    '',
  ].join('\n');
}

/** The generated files, path -> text (before formatting). */
export function frameworkTypes(elements) {
  return {
    'types/react.d.ts': react(elements),
    'types/vue.d.ts': vue(elements),
    'types/svelte.d.ts': svelte(elements),
  };
}
