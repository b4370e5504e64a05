/** Registers `<layer-delta>`: the element's script-tag entry. Loading it twice is harmless. */
import { LayerDelta } from './layer-delta.js';

LayerDelta.define();

export { LayerDelta };

declare global {
  interface HTMLElementTagNameMap {
    'layer-delta': LayerDelta;
  }
}
