import { describeApp } from './frameworks.js';

describeApp('react', 'React 19');
