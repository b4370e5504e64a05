// What a Vue project's env.d.ts says: a single-file component imports as a component. The
// README's App.vue itself is compiled by scripts/build-apps.mjs with Vue's compiler.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
