import type { ExerciseEventMap } from '../../internal/exercise/exercise-element.js';
import type { SliderName } from './neuron-backprop-model.js';
import type { NeuronInputs, Traced } from './neuron-math.js';

/** Detail of the `input` and `change` events. */
export interface NeuronChangeDetail {
  /** What the reader changed: a slider, the traced parameter, a gradient step or a reset. */
  source: SliderName | 'wrt' | 'step' | 'reset';
  /** x, w, b and y after the change. */
  values: NeuronInputs;
  /** The parameter whose derivative is traced. */
  wrt: Traced;
  loss: number;
}

/** The events <neuron-backprop> fires, for typed `addEventListener`. */
export interface NeuronBackpropEventMap extends ExerciseEventMap {
  input: CustomEvent<NeuronChangeDetail>;
  change: CustomEvent<NeuronChangeDetail>;
}
