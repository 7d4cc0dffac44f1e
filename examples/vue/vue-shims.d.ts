// TypeScript (tsc, not vue-tsc) reads a .vue import as a component.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
