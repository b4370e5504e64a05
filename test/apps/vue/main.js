import { createApp } from 'vue';
import 'backprop-elements/all';
import { setFontBase } from 'backprop-elements';
import App from './App.vue';

setFontBase('./katex-fonts/');
createApp(App).mount('#app');
