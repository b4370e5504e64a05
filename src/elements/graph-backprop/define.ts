/** Registers <graph-backprop>. Loading this module twice is harmless: define() checks first. */
import { GraphBackprop } from './graph-backprop.js';

GraphBackprop.define();

export { GraphBackprop };

declare global {
  interface HTMLElementTagNameMap {
    'graph-backprop': GraphBackprop;
  }
}
