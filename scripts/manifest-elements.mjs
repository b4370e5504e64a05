// Reads custom-elements.json into the shape the generators need: per element its tag, class,
// module, attributes, the properties a framework may set, the read-only ones and the events.

/** Every custom element declared in the manifest, sorted by tag. */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements.push(describe(module.path, declaration));
    }
  }
  return elements.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

function isPublicField(member) {
  return (
    member.kind === 'field' &&
    !member.static &&
    (member.privacy ?? 'public') === 'public' &&
    !member.name.startsWith('_')
  );
}

function describe(modulePath, declaration) {
  const fields = (declaration.members ?? []).filter(isPublicField);
  const attributes = (declaration.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    property: attribute.fieldName,
    description: attribute.description ?? '',
    type: attribute.type?.text,
  }));
  const attributeOf = new Map(attributes.map((a) => [a.property, a.name]));
  return {
    tag: declaration.tagName,
    className: declaration.name,
    summary: declaration.summary ?? '',
    description: declaration.description ?? '',
    // src/elements/x/x.ts -> elements/x/x.js, the module's path inside dist/types/.
    typesPath: modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js'),
    attributes,
    // Settable: attribute-backed settings (they also take the attribute's text) and plain
    // properties such as a matrix of weights.
    properties: fields
      .filter((member) => !member.readonly)
      .map((member) => ({
        name: member.name,
        description: member.description ?? '',
        type: member.type?.text,
        attribute: attributeOf.get(member.name),
      })),
    readOnly: fields
      .filter((member) => member.readonly)
      .map((member) => ({
        name: member.name,
        description: member.description ?? '',
        type: member.type?.text,
      })),
    events: (declaration.events ?? []).map((event) => ({
      name: event.name,
      description: event.description ?? '',
      type: event.type?.text,
    })),
    cssParts: declaration.cssParts ?? [],
    cssProperties: declaration.cssProperties ?? [],
  };
}

/** Events documented with @fires that the element's event map does not type. */
export function untypedEvents(element) {
  return element.events.filter((event) => !event.type).map((event) => event.name);
}

/** Why an element's handlers cannot be typed, or null when they can. */
export function untypedEventsMessage(element) {
  const untyped = untypedEvents(element);
  if (untyped.length === 0) return null;
  return (
    `<${element.tag}>: no type for the event(s) ${untyped.join(', ')}; export ` +
    `\`interface ${element.className}EventMap\` from its module with one entry per @fires line`
  );
}
