/**
 * axe-core with best practices included (landmarks, unique ids across copies, heading order),
 * beyond the WCAG A/AA rules the conformance suite runs. Each element runs it on two copies in
 * one page, where clashing ids and duplicate landmarks show up.
 */
export async function axeProblems(root: Element): Promise<string[]> {
  // @ts-expect-error axe-core's browser build has no type declarations; it registers window.axe.
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
  const results = await axe.run(root, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}
