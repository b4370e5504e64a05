/** Training a small network on 2-D data: seeded datasets, features, mini-batch SGD. No DOM. */
export * from './prng.js';
export * from './datasets.js';
export * from './features.js';
export * from './network.js';
export * from './one-example.js';
export * from './trainer.js';
