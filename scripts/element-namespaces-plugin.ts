import { posix } from 'node:path';
import { analyze } from 'eslint-scope';
import { parseAst, type Plugin } from 'vite';
import { walk, type Node } from './ast-walk.js';

/**
 * The loader imports each element's define.ts for its effect alone (the tag registered) and
 * never reads what the import resolves to. The bundler cannot make a chunk of the build's groups
 * the facade of a module in it, so it gives each element's chunk a namespace object for define.ts,
 * exports it, and has the loader's import() read it (`import('./x.js').then(m => m.t)`); the
 * namespace is made by a helper the bundler puts in a file of its own (chunks/rolldown-runtime-*),
 * which every page then fetches before its figure paints, as one more request. The build takes
 * the unread namespace out: the loader's import() resolves to the chunk itself, the namespace and
 * its export are gone, and so is the chunk's import of the helper when nothing else in it uses
 * the helper (about 0.2 kB gzip off every page). A chunk whose code is not in the expected shape
 * is left as the bundler wrote it.
 */

/** The module whose dynamic imports of element chunks read nothing (src/element-loader.ts). */
const LOADER = /[\\/]src[\\/]element-loader\.ts$/;

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  code: string;
  imports: string[];
  exports: string[];
  moduleIds: string[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

type Program = Node & { body: Node[] };

/** Each chunk's code parsed once (the edits are made after every chunk has been read). */
const parsed = new WeakMap<ChunkLike, Program>();

function parse(chunk: ChunkLike): Program {
  let program = parsed.get(chunk);
  if (!program) {
    program = parseAst(chunk.code, { lang: 'js' }, chunk.fileName) as unknown as Program;
    parsed.set(chunk, program);
  }
  return program;
}

const nameOf = (node: unknown): string | undefined =>
  (node as Node | undefined)?.type === 'Identifier' ? ((node as Node).name as string) : undefined;

/** The text of an import()'s or an import's source, when it is a plain string. */
function sourceText(node: Node): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  const quasis = node.quasis as { value: { cooked: string } }[] | undefined;
  if (node.type === 'TemplateLiteral' && quasis?.length === 1) return quasis[0].value.cooked;
  return undefined;
}

/** The file a relative specifier in `from` names. */
function resolveFile(from: string, specifier: string): string {
  return posix.normalize(posix.join(posix.dirname(from), specifier));
}

/** `import(S).then(p => p.X)`: the import() node, its file and X; else undefined. */
function namespaceRead(
  node: Node,
  from: string,
): { load: Node; file: string; name: string } | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = node.callee as Node;
  const args = node.arguments as Node[];
  if (callee.type !== 'MemberExpression' || callee.computed || nameOf(callee.property) !== 'then')
    return undefined;
  const load = callee.object as Node;
  if (load.type !== 'ImportExpression' || args.length !== 1) return undefined;
  const specifier = sourceText(load.source as Node);
  const reader = args[0];
  const params = reader.params as Node[] | undefined;
  const body = reader.body as Node | undefined;
  if (
    !specifier?.startsWith('.') ||
    reader.type !== 'ArrowFunctionExpression' ||
    params?.length !== 1 ||
    body?.type !== 'MemberExpression' ||
    body.computed ||
    nameOf(body.object) !== nameOf(params[0])
  )
    return undefined;
  const name = nameOf(body.property);
  return name ? { load, file: resolveFile(from, specifier), name } : undefined;
}

/**
 * Where each module-level name is read or written (its declaration and imports aside), by name:
 * the references the module scope resolves to it, however inner scopes reuse the name.
 */
function moduleScopeReads(program: Node): Map<string, Node[]> {
  // The scope analyser reads positions as ESTree's `range`.
  for (const node of walk(program)) node.range ??= [node.start, node.end];
  const manager = analyze(program as never, {
    ecmaVersion: 2022,
    sourceType: 'module',
    fallback: 'iteration',
  });
  const scope = manager.globalScope?.childScopes.find((child) => child.type === 'module');
  const reads = new Map<string, Node[]>();
  for (const variable of scope?.variables ?? []) {
    reads.set(
      variable.name,
      variable.references
        .filter((reference) => !reference.init)
        .map((reference) => reference.identifier as unknown as Node),
    );
  }
  return reads;
}

const within = (node: Node, span: Node): boolean =>
  node.start >= span.start && node.end <= span.end;

/** Removes `items[index]` from a comma-separated list whose text spans the items. */
function removeFromList(items: Node[], index: number): Edit {
  const item = items[index];
  if (items.length === 1) return { start: item.start, end: item.end, text: '' };
  // With the comma after it, or (the last one) with the comma before it.
  return index < items.length - 1
    ? { start: item.start, end: items[index + 1].start, text: '' }
    : { start: items[index - 1].end, end: item.end, text: '' };
}

function applyEdits(code: string, edits: Edit[]): string {
  let result = code;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/**
 * In `chunk`, define.ts's namespace (with `keys`, its exports) exported as `exported`, made by an
 * imported helper: the edits that
 * take it, its export and (unused otherwise) the helper's import out, and the file the helper
 * came from when its import goes. Undefined when the code is not in that shape.
 */
function namespaceRemoval(
  chunk: ChunkLike,
  exported: string,
  keys: readonly string[],
): { edits: Edit[]; droppedImport?: string } | undefined {
  const program = parse(chunk);
  const exports = program.body.filter((s) => s.type === 'ExportNamedDeclaration' && !s.source);
  if (exports.length !== 1) return undefined;
  const specifiers = exports[0].specifiers as Node[];
  const index = specifiers.findIndex((s) => nameOf(s.exported) === exported);
  const local = nameOf(specifiers[index]?.local);
  if (!local) return undefined;

  // `var <local> = <helper>({ ... })` at the top level.
  const statement = program.body.find((s) => {
    const declarations = s.declarations as Node[] | undefined;
    return s.type === 'VariableDeclaration' && declarations?.some((d) => nameOf(d.id) === local);
  });
  const declarations = (statement?.declarations ?? []) as Node[];
  const declaration = declarations.find((d) => nameOf(d.id) === local);
  const init = declaration?.init as Node | undefined;
  const helper = nameOf(init?.callee);
  const members = (init?.arguments as Node[] | undefined) ?? [];
  if (!statement || !helper || members.length !== 1 || members[0].type !== 'ObjectExpression')
    return undefined;
  // It is define.ts's namespace: it has that module's exports, and no other.
  const names = (members[0].properties as Node[]).map((property) => nameOf(property.key));
  if (names.length !== keys.length || !keys.every((key) => names.includes(key))) return undefined;

  const helperImport = program.body.find(
    (s) =>
      s.type === 'ImportDeclaration' &&
      (s.specifiers as Node[]).some((item) => nameOf(item.local) === helper),
  );
  if (!helperImport) return undefined;

  // The namespace is read nowhere but in its export, and the helper nowhere but in its import
  // and the namespaces it makes (minified code reuses short names in inner scopes, so a name's
  // uses are the references the module scope resolves to it).
  const uses = moduleScopeReads(program);
  const namespaceReads = uses.get(local) ?? [];
  if (namespaceReads.some((at) => !within(at, exports[0]))) return undefined;

  const edits: Edit[] = [
    declarations.length === 1
      ? { start: statement.start, end: statement.end, text: '' }
      : removeFromList(declarations, declarations.indexOf(declaration!)),
    // An export list left empty goes as a whole.
    specifiers.length === 1
      ? { start: exports[0].start, end: exports[0].end, text: '' }
      : removeFromList(specifiers, index),
  ];
  // The helper's import stays if the chunk makes another namespace with it.
  if ((uses.get(helper) ?? []).some((at) => !within(at, declaration!))) return { edits };
  const imported = helperImport.specifiers as Node[];
  const at = imported.findIndex((item) => nameOf(item.local) === helper);
  if (imported.length > 1) return { edits: [...edits, removeFromList(imported, at)] };
  edits.push({ start: helperImport.start, end: helperImport.end, text: '' });
  const source = sourceText(helperImport.source as Node);
  return { edits, droppedImport: source && resolveFile(chunk.fileName, source) };
}

/** Whether any chunk imports `name` from `file` statically (`import { name as x } from`). */
function importedStatically(chunks: ChunkLike[], file: string, name: string): boolean {
  return chunks.some((chunk) =>
    parse(chunk).body.some(
      (statement) =>
        (statement.type === 'ImportDeclaration' || statement.type === 'ExportNamedDeclaration') &&
        statement.source &&
        resolveFile(chunk.fileName, sourceText(statement.source as Node) ?? '') === file &&
        ((statement.specifiers as Node[] | undefined) ?? []).some(
          (item) => nameOf(item.imported ?? item.local) === name,
        ),
    ),
  );
}

export function elementNamespacesDropped(
  elementOf: (id: string | null) => string | undefined,
): Plugin {
  return {
    name: 'backprop-element-namespaces-dropped',
    apply: 'build',
    generateBundle(_output, bundle) {
      const chunks = Object.values(bundle).filter(
        (item): item is typeof item & ChunkLike => item.type === 'chunk',
      ) as unknown as ChunkLike[];
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      /** define.ts of the element whose chunk `file` is. */
      const defineIn = (file: string): string | undefined =>
        byFile.get(file)?.moduleIds.find((id) => elementOf(id) !== undefined);

      // Every `import(element chunk).then(m => m.X)` the loader makes, by the chunk and X it
      // reads: the loader imports an element's chunk for define.ts and for nothing else.
      const reads = new Map<string, { chunk: ChunkLike; call: Node; load: Node }[]>();
      for (const chunk of chunks) {
        if (!chunk.moduleIds.some((id) => LOADER.test(id))) continue;
        for (const node of walk(parse(chunk))) {
          const read = namespaceRead(node, chunk.fileName);
          if (!read || !defineIn(read.file)) continue;
          const key = `${read.file}\0${read.name}`;
          reads.set(key, [...(reads.get(key) ?? []), { chunk, call: node, load: read.load }]);
        }
      }

      const edits = new Map<ChunkLike, Edit[]>();
      const editsOf = (chunk: ChunkLike): Edit[] => {
        if (!edits.has(chunk)) edits.set(chunk, []);
        return edits.get(chunk)!;
      };
      for (const [key, users] of reads) {
        const [file, name] = key.split('\0');
        const target = byFile.get(file)!;
        if (importedStatically(chunks, file, name)) continue;
        const keys = this.getModuleInfo(defineIn(file)!)?.exports ?? [];
        const removal = namespaceRemoval(target, name, keys);
        if (!removal) continue;
        editsOf(target).push(...removal.edits);
        target.exports = target.exports.filter((item) => item !== name);
        if (removal.droppedImport) {
          target.imports = target.imports.filter((item) => item !== removal.droppedImport);
        }
        for (const { chunk, call, load } of users) {
          editsOf(chunk).push({
            start: call.start,
            end: call.end,
            text: chunk.code.slice(load.start, load.end),
          });
        }
      }
      for (const [chunk, list] of edits) chunk.code = applyEdits(chunk.code, list);
    },
  };
}
