import manifest from '../../custom-elements.json' with { type: 'json' };
import { ELEMENT_TAGS, type ElementTag } from '../../src/element-tags.js';

/** What the builder offers for each tag, read from custom-elements.json (generated from JSDoc). */

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

/** Starting attributes for each tag: the lesson's examples. */
export const PRESETS: Record<ElementTag, Record<string, string>> = {
  'chain-rule-gears': { ratios: '2 3', input: '1', units: 'cm, °, °' },
  'neuron-backprop': { x: '1.5', w: '0.8', b: '-0.4', y: '1' },
  'graph-backprop': { expr: 'relu(w*x + b)', values: 'x=1.5, w=2, b=-1' },
  'layer-delta': { sizes: '2 3 2 1', x: '0.5 -1', y: '1' },
  'train-network': { dataset: 'xor', sizes: '4', activation: 'tanh' },
};

function unquote(text: string | undefined): string {
  if (!text || text === 'null' || text === 'undefined') return '';
  return text.replace(/^(['"`])(.*)\1$/, '$2');
}

export function catalogue(): ElementInfo[] {
  const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);
  return ELEMENT_TAGS.map((tag) => {
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
    };
  });
}
