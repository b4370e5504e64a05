import type { Plugin } from 'vite';

interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly source?: { readonly type: string; readonly value?: unknown };
}

/** Every `import('x')` of a source, with a literal `x` (types such as `typeof import('x')` are not one). */
function dynamicImports(program: unknown, staysLazy: RegExp | undefined): Node[] {
  const found: Node[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    if (
      node.type === 'ImportExpression' &&
      typeof node.source?.value === 'string' &&
      !staysLazy?.test(node.source.value)
    )
      found.push(node);
    for (const child of Object.values(value)) visit(child);
  };
  visit(program);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * For the builds that inline every module into one script (the classic script, the standalone
 * page): each `import('x')` of the sources becomes a static `import * as` and an already
 * resolved promise of it. Inlined, a module imported on demand is wrapped in a function run on
 * its first import, and so is everything it imports, Lit and the base class included: some
 * 140 wrappers and their hoisted variables, several kilobytes gzip, to defer code the script
 * carries anyway. Callers see the same promise-returning import, settled a microtask later; the
 * modules run when the script does, except those whose specifier matches `staysLazy`.
 */
export function importsMadeStatic({ staysLazy }: { staysLazy?: RegExp } = {}): Plugin {
  return {
    name: 'backprop-imports-made-static',
    enforce: 'pre',
    transform(code, id) {
      // The catalogues' lists of languages have their own plugin (classic-catalogues-plugin.ts).
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || /[\\/]src[\\/]i18n[\\/]/.test(id)) return null;
      if (!code.includes('import(')) return null;
      const found = dynamicImports(this.parse(code, { lang: 'ts' }), staysLazy);
      if (found.length === 0) return null;
      const names = found.map((_node, index) => `__imported${index}`);
      const imports = found.map(
        (node, index) => `import * as ${names[index]} from ${JSON.stringify(node.source!.value)};`,
      );
      let rewritten = code;
      // From the end, so the earlier offsets stay true.
      for (let index = found.length - 1; index >= 0; index--) {
        const { start, end } = found[index];
        rewritten = `${rewritten.slice(0, start)}Promise.resolve(${names[index]})${rewritten.slice(end)}`;
      }
      return `${imports.join('\n')}\n${rewritten}`;
    },
  };
}
