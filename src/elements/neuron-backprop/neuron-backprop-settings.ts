/**
 * How `<neuron-backprop>` reads its slider attributes x, w, b and y (or the same properties set
 * from script): a number in the slider's range. The element declares them with `@setting`.
 */
import { numberIn } from '../../internal/attributes.js';
import type { SettingSpec } from '../../internal/settings.js';
import { sliderSpec, type SliderName } from './neuron-backprop-model.js';
import { DEFAULT_INPUTS, type NeuronInputs } from './neuron-math.js';

/** The sliders' settings: their properties read the live value. */
export const LIVE_INPUTS: readonly SliderName[] = ['x', 'w', 'b', 'y'];

/**
 * x, w and b: a number in the slider's range; y: the label, 0 or 1 (a whole number from 0 to 1).
 * The property reads the live value.
 */
export const inputSetting = (name: SliderName): SettingSpec<number> => {
  const { min, max } = sliderSpec(name);
  return {
    attribute: name,
    parse: numberIn(name === 'y' ? { min: 0, max: 1, integer: true } : { min, max }),
    fallback: DEFAULT_INPUTS[name],
    read: (element: { values: NeuronInputs }) => element.values[name],
  };
};
