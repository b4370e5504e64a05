/** The tags the package registers, in the order the lesson introduces them. */
export const ELEMENT_TAGS = [
  'chain-rule-gears',
  'neuron-backprop',
  'graph-backprop',
  'layer-delta',
  'train-network',
] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];

export function isElementTag(value: string | null): value is ElementTag {
  return (ELEMENT_TAGS as readonly string[]).includes(value ?? '');
}
