// The README's Vue 3 main.ts, verbatim (scripts/build-apps.mjs checks that it is).
import type {} from 'backprop-elements/vue'; // the tags in templates, typed (vue-tsc, Volar)
import 'backprop-elements/all';
import { setFontBase } from 'backprop-elements';
import { createApp } from 'vue';
import App from './App.vue';

setFontBase('/katex-fonts/'); // public/katex-fonts/ holds katex/dist/fonts/*.woff2
createApp(App).mount('#app');
