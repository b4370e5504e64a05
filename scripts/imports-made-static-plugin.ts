import type { Plugin } from 'vite';

/** `import('x')` written in code: not a type (`typeof import('x')`), not a comment line. */
const DYNAMIC_IMPORT = /^(?!\s*(?:\/\/|\*))(.*?)(?<!typeof\s*)\bimport\((['"])([^'"]+)\2\)/gm;

/**
 * For the builds that inline every module into one script (the classic script, the standalone
 * page): each `import('x')` of the sources becomes a static `import * as` and an already
 * resolved promise of it. Inlined, a module imported on demand is wrapped in a function run on
 * its first import, and so is everything it imports, Lit and the base class included: some
 * 140 wrappers and their hoisted variables, several kilobytes gzip, to defer code the script
 * carries anyway. Callers see the same promise-returning import, settled a microtask later.
 */
export function importsMadeStatic(): Plugin {
  return {
    name: 'backprop-imports-made-static',
    enforce: 'pre',
    transform(code, id) {
      // The catalogues' lists of languages have their own plugin (catalogues-inlined-plugin.ts).
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || /[\\/]src[\\/]i18n[\\/]/.test(id)) return null;
      const imports: string[] = [];
      const rewritten = code.replace(
        DYNAMIC_IMPORT,
        (_match, before: string, _quote: string, source: string) => {
          const name = `__imported${imports.length}`;
          imports.push(`import * as ${name} from ${JSON.stringify(source)};`);
          return `${before}Promise.resolve(${name})`;
        },
      );
      return imports.length === 0 ? null : `${imports.join('\n')}\n${rewritten}`;
    },
  };
}
