import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The cost panel's English below its heading: the counts table, the chart and its description.
 * Loaded with the panel, which is fetched after the element's first render.
 */
export const efficiencyMessages: Messages = {
  'layer-delta.cost.note':
    'Multiply-adds for sizes {sizes}. Reusing each layer’s δ keeps the backward pass within a small multiple of the forward pass; recomputing every weight’s chain from the loss does not.',
  'layer-delta.cost.pass': 'pass',
  'layer-delta.cost.count': 'multiply-adds (× forward)',
  'layer-delta.cost.forward': 'forward',
  'layer-delta.cost.backward': 'backward, reusing δ',
  'layer-delta.cost.naive': 'naive, per weight',
  'layer-delta.cost.axis': 'hidden width',
  'layer-delta.cost.caption':
    'Every hidden layer set to the width on the x axis; the dots mark this network.',
  // The chart's accessible description; counts are short (1.5k, 2M).
  'layer-delta.cost.chart':
    'Chart: multiply-adds against hidden width from {from} to {to}, log scale. At width {to}: forward {forward}, backward {backward}, naive {naive}. Backward stays about {backwardRatio} forward; the naive way is {naiveRatio} forward.',
};

addEnglish(efficiencyMessages);
