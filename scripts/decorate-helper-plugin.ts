import type { Plugin } from 'vite';

/** The compiler's helper for every legacy decorator (`@setting`, `@readOnly`, ...), as bundled. */
const COMPILER_HELPER = /@oxc-project\+runtime@[^/\\]+[/\\]helpers[/\\]esm[/\\]decorate\.js$/;

/**
 * TypeScript's `__decorate`, for what the compiler emits here and nothing more. The compiler's
 * helper also serves class decorators (two arguments) and `Reflect.decorate` where a page loaded
 * a polyfill of it, which does the same. The classes decorate only properties and accessors
 * (settings.ts, base-element.ts), and the compiler always passes four arguments: `undefined`
 * for a field, `null` for an accessor or method, whose descriptor the decorators may replace.
 * Decorators apply last to first, as TypeScript's do; the compiler's code never reads what the
 * helper returns.
 */
const HELPER = `export default function decorate(decorators, target, key, given) {
  let descriptor = given === null ? Object.getOwnPropertyDescriptor(target, key) : given;
  for (let i = decorators.length; i--; )
    descriptor = decorators[i](target, key, descriptor) || descriptor;
  if (descriptor) Object.defineProperty(target, key, descriptor);
}
`;

/**
 * The bundles' decorator helper: this one instead of the compiler's, in the shared chunk every
 * page fetches (0.07 kB gzip less). The compiler's is matched by its module's name, which the
 * bundler resolves itself: when that name changes, the build fails here rather than ship it.
 */
export function decorateHelper(): Plugin {
  let replaced = false;
  return {
    name: 'backprop-decorate-helper',
    apply: 'build',
    buildStart() {
      replaced = false;
    },
    transform(_code, id) {
      if (!COMPILER_HELPER.test(id)) return undefined;
      replaced = true;
      return { code: HELPER, map: null };
    },
    buildEnd(error) {
      const bundled = [...this.getModuleIds()].some((id) => /oxc-project.*decorate/.test(id));
      if (!error && bundled && !replaced)
        this.error("decorate-helper: the compiler's decorate helper has a new module name");
    },
  };
}
