/** A node of the ESTree that vite's `parseAst` gives, with its place in the code. */
export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Every node under `node`, parents before their children, in source order. */
export function* walk(node: unknown): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
    return;
  }
  const typed = node as Node;
  if (typeof typed.type === 'string') yield typed;
  for (const [key, value] of Object.entries(typed)) {
    if (key !== 'parent' && value && typeof value === 'object') yield* walk(value);
  }
}
