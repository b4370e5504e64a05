/**
 * Registers every element. This is the script-tag bundle's entry; loading it twice is harmless
 * because each `define()` checks `customElements.get` first.
 */
import './elements/chain-rule-gears/define.js';
import './elements/neuron-backprop/define.js';
import './elements/graph-backprop/define.js';
import './elements/layer-delta/define.js';
import './elements/train-network/define.js';

export * from './index.js';
