/** Registers `<train-network>`: the element's script-tag entry. Loading it twice is harmless. */
import { TrainNetwork } from './train-network.js';

TrainNetwork.define();

export { TrainNetwork };

declare global {
  interface HTMLElementTagNameMap {
    'train-network': TrainNetwork;
  }
}
