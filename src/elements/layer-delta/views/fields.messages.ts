import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The words of `<layer-delta>`'s fields (x, y and the weight editor), in English: apart from the
 * element's other words because they arrive with the fields (fields.ts, with the reader's code),
 * right after the first paint. Names as in messages.ts.
 */
export const layerDeltaFieldsMessages: Messages = {
  'layer-delta.fields.x': 'Input x',
  'layer-delta.fields.y': 'Target y',
  // {matrix} is a weight matrix's symbol, such as W₂.
  'layer-delta.editor': 'Edit a weight of {matrix}',
  'layer-delta.editor.from': 'from',
  'layer-delta.editor.to': 'to',
  'layer-delta.editor.sliderHint':
    'Arrow keys change the weight by 0.1; Page Up and Page Down by 1; Home and End go to −10 and +10.',
  'layer-delta.editor.field': 'w',
};

addEnglish(layerDeltaFieldsMessages);
