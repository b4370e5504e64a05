/**
 * The package root: element classes and the core, with no side effects.
 * Importing this module registers nothing; import `backprop-elements/all` (or one element's
 * entry) to define the tags.
 */
export * from './core/index.js';
