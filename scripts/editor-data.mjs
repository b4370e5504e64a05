// Editor completion data generated from custom-elements.json (run by scripts/manifest.mjs):
//   vscode.html-custom-data.json  VS Code's HTML custom data (tags, attributes, hover docs)
//   web-types.json                JetBrains IDEs (tags, attributes, properties, events)
// package.json points at both (`contributes.html.customData`, `web-types`).

/** `'a' | 'b'` -> ['a', 'b']; anything that is not a union of string literals -> undefined. */
function literalChoices(typeText) {
  if (!typeText) return undefined;
  const parts = typeText.split('|').map((part) => part.trim());
  const choices = parts.map((part) => /^(['"])([^'"]*)\1$/.exec(part)?.[2]);
  return choices.every((choice) => choice !== undefined) ? choices : undefined;
}

/** Summary, then the longer description, as one Markdown text. */
function elementDoc(element) {
  return [element.summary, element.description].filter(Boolean).join('\n\n');
}

function vscode(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: elementDoc(element),
      attributes: element.attributes.map((attribute) => {
        const choices = literalChoices(attribute.type);
        return {
          name: attribute.name,
          description: attribute.description,
          ...(choices ? { values: choices.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

function webTypes(elements, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: elementDoc(element),
          attributes: element.attributes.map((attribute) => {
            const choices = literalChoices(attribute.type);
            return {
              name: attribute.name,
              description: attribute.description,
              value: choices
                ? { type: 'enum', kind: 'plain' }
                : { type: attribute.type ?? 'string', kind: 'expression' },
              ...(choices ? { values: choices.map((name) => ({ name })) } : {}),
            };
          }),
          js: {
            properties: [
              ...element.properties.map((property) => ({
                name: property.name,
                description: property.description,
                ...(property.type ? { type: property.type } : {}),
              })),
              ...element.readOnly.map((property) => ({
                name: property.name,
                description: property.description,
                ...(property.type ? { type: property.type } : {}),
                'read-only': true,
              })),
            ],
            events: element.events.map((event) => ({
              name: event.name,
              description: event.description,
            })),
          },
          ...(element.cssParts.length || element.cssProperties.length
            ? {
                css: {
                  parts: element.cssParts.map((part) => ({
                    name: part.name,
                    description: part.description ?? '',
                  })),
                  properties: element.cssProperties.map((property) => ({
                    name: property.name,
                    description: property.description ?? '',
                  })),
                },
              }
            : {}),
        })),
      },
    },
  };
}

/** The generated files, path -> text (before formatting). */
export function editorData(elements, pkg) {
  return {
    'vscode.html-custom-data.json': JSON.stringify(vscode(elements)),
    'web-types.json': JSON.stringify(webTypes(elements, pkg)),
  };
}
