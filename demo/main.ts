// The lesson page: registers every element and wires the core playground.
import '../src/all.js';
import { mountCorePlayground } from './core-playground.js';
import { mountLanguagePicker } from './language-picker.js';

const form = document.querySelector<HTMLFormElement>('#playground');
const output = document.querySelector<HTMLElement>('#playground-output');
if (form && output) mountCorePlayground(form, output);

const picker = document.querySelector<HTMLSelectElement>('#figure-language');
if (picker) mountLanguagePicker(picker);
