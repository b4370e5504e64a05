// Prints rows as an aligned Markdown table, so the output can be pasted into BENCHMARKS.md as is.

/** @param {string[]} headers @param {Array<Array<string|number>>} rows */
export function markdownTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((_, c) => Math.max(3, ...cells.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

export function printSection(title, body) {
  console.log(`\n### ${title}\n`);
  console.log(body);
}
