// The analyzer copies a property's type as written (`rules.Mode`, `Activation`), a name that
// means nothing outside the source. When that name stands for a set of strings, the manifest
// gets the strings themselves (`'reverse' | 'forward'`): editors then offer them as an
// attribute's values (scripts/editor-data.mjs) and readers of custom-elements.json see them.
// The TypeScript checker resolves the names, as the project's tsconfig would.
import ts from 'typescript';

/** `'a' | 'b'` for a union of string literals, else undefined. */
function literalUnion(type) {
  if (!type.isUnion() || !type.types.every((part) => part.isStringLiteral())) return undefined;
  return type.types.map((part) => `'${part.value}'`).join(' | ');
}

/** Rewrites, in place, the type text of every element property and attribute that names a set of strings. */
export function expandStringUnions(manifest) {
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  const paths = manifest.modules.map((module) => module.path);
  const program = ts.createProgram(paths, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  for (const module of manifest.modules) {
    const source = program.getSourceFile(module.path);
    if (!source) continue;
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      const node = source.statements.find(
        (statement) =>
          ts.isClassDeclaration(statement) && statement.name?.text === declaration.name,
      );
      if (!node) continue;
      const instance = checker.getTypeAtLocation(node);
      const resolved = (name) => {
        const symbol = instance.getProperty(name);
        return symbol && literalUnion(checker.getTypeOfSymbolAtLocation(symbol, node));
      };
      for (const member of declaration.members ?? []) {
        if (member.kind !== 'field' || member.static || !member.type) continue;
        member.type.text = resolved(member.name) ?? member.type.text;
      }
      for (const attribute of declaration.attributes ?? []) {
        if (!attribute.fieldName || !attribute.type) continue;
        attribute.type.text = resolved(attribute.fieldName) ?? attribute.type.text;
      }
    }
  }
}
