import { describeApp } from './frameworks.js';

describeApp('vue', 'Vue 3');
