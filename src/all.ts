/**
 * Registers every element. This is the script-tag bundle's entry; loading it twice is harmless
 * because each `define()` checks `customElements.get` first.
 */
export * from './index.js';
