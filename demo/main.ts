// The lesson page: registers every element and wires the core playground.
import '../src/all.js';
import { mountCorePlayground } from './core-playground.js';

const form = document.querySelector<HTMLFormElement>('#playground');
const output = document.querySelector<HTMLElement>('#playground-output');
if (form && output) mountCorePlayground(form, output);
