/**
 * The README's code blocks, as a reader copies them: every fenced block of one language under
 * one heading (up to the next heading of any level).
 */
export async function readmeBlocks(heading: string, language: string): Promise<string[]> {
  const readme = await (await fetch('/README.md')).text();
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "${heading}" heading`);
  const next = readme.slice(start + heading.length + 2).search(/^#{1,6} /m);
  const section = readme.slice(start, next < 0 ? undefined : start + heading.length + 2 + next);
  return [...section.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map(
    (match) => match[1],
  );
}
