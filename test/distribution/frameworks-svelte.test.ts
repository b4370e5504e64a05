import { describeApp } from './frameworks.js';

describeApp('svelte', 'Svelte 5');
