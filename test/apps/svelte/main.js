import { mount } from 'svelte';
import 'backprop-elements/all';
import { setFontBase } from 'backprop-elements';
import App from './App.svelte';

setFontBase('./katex-fonts/');
mount(App, { target: document.getElementById('app') });
