import manifest from '../../custom-elements.json' with { type: 'json' };
import type { Embedding } from '../../src/embed/embedding.js';
import { ELEMENT_TAGS, type ElementTag } from '../../src/element-tags.js';

/**
 * What the builder offers for each tag: its summary and attributes from custom-elements.json
 * (generated from JSDoc), its starting attributes from the element's own embedding.ts.
 */

export interface AttributeInfo {
  name: string;
  description: string;
  type: string;
  defaultValue: string;
  boolean: boolean;
}

export interface ElementInfo {
  tag: ElementTag;
  summary: string;
  attributes: AttributeInfo[];
  /** The attributes the builder starts from: the lesson's example. */
  example: Embedding['example'];
}

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  attributes?: ManifestAttribute[];
}

/** An element's embedding.ts, found by its folder (one small module per element, fetched once). */
export function embeddingOf(tag: ElementTag): Promise<Embedding> {
  return import(`../../src/elements/${tag}/embedding.ts`) as Promise<Embedding>;
}

function unquote(text: string | undefined): string {
  if (!text || text === 'null' || text === 'undefined') return '';
  return text.replace(/^(['"`])(.*)\1$/, '$2');
}

export async function catalogue(): Promise<ElementInfo[]> {
  const embeddings = await Promise.all(ELEMENT_TAGS.map(embeddingOf));
  const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);
  return ELEMENT_TAGS.map((tag, index) => {
    const declaration = declarations.find((candidate) => candidate.tagName === tag);
    return {
      tag,
      summary: declaration?.summary ?? '',
      attributes: (declaration?.attributes ?? []).map((attribute) => {
        const type = attribute.type?.text ?? 'string';
        return {
          name: attribute.name,
          description: attribute.description ?? '',
          type,
          defaultValue: unquote(attribute.default),
          boolean: type === 'boolean',
        };
      }),
      example: embeddings[index].example,
    };
  });
}
