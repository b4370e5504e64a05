import { addEnglish, type Messages } from '../../../internal/i18n.js';

/** Units' names in English: loaded with the views that name them (views/unit-names.ts). */
export const unitNameMessages: Messages = {
  'train-network.unit.input': 'input {feature}',
  'train-network.unit.hidden': 'layer {layer} unit {unit}',
  'train-network.unit.output': 'output {unit}',
};

addEnglish(unitNameMessages);
