/** Registers <neuron-backprop>; importing this module twice is harmless. */
import { NeuronBackprop } from './neuron-backprop.js';

NeuronBackprop.define();

export { NeuronBackprop };

declare global {
  interface HTMLElementTagNameMap {
    'neuron-backprop': NeuronBackprop;
  }
}
