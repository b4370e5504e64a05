/**
 * Number slots in a typeset formula: when only the numbers of a formula change (a slider moved),
 * their text is written into the formula already on screen instead of typesetting it again and
 * swapping in a new DOM, which the browser would lay out from scratch.
 *
 * A formula's shape is its TeX with every run of digits taken out. A shape is typeset once, with
 * each run replaced by a marker (a digit string of fixed length, unique per run); the marker's
 * text nodes in the output are the slots. Any formula of that shape then shows as a copy of that
 * typeset shape with its runs written into the slots. This is exact because KaTeX gives every
 * digit the same metrics (in every font it uses for digits), so the typeset boxes do not depend
 * on which digits they hold; a shape where a marker is not shown as text (a digit in a length,
 * `\hspace{2em}`, or two runs typeset as one) is refused and the formula typeset as it is.
 */

const DIGITS = /[0-9]+/g;

/**
 * A formula's TeX split into its runs of digits, in order, and its shape: the TeX with each run
 * replaced by its marker, which is what is typeset once (two formulas have the same shape exactly
 * when they differ only in their runs of digits).
 */
export interface TexParts {
  readonly shape: string;
  readonly runs: readonly string[];
}

/**
 * Where the number of digits in a run changes what TeX builds around it: a script or a prime
 * takes one character (`10^{-3}` raises the 0 alone; `x_12` lowers the 1), and so does a command
 * given its argument without braces (`\frac12`). Commands that take no argument may precede a
 * number freely (`2 \cdot 1.5`). The command's digit is looked at, not consumed, so `\times 3^{2}`
 * still finds the `3^`.
 */
const LENGTH_SENSITIVE = /[\^_']\s*[0-9]|[0-9]\s*[\^_']|\\([a-zA-Z]+)\s*(?=[0-9])/g;
const NO_ARGUMENT = new Set(
  'cdot times approx le leq ge geq pm mp ne neq div to quad qquad in sim equiv ldots cdots dots colon mid lt gt ast star circ bullet'.split(
    ' ',
  ),
);

function lengthSensitive(tex: string): boolean {
  for (const match of tex.matchAll(LENGTH_SENSITIVE)) {
    if (match[1] === undefined || !NO_ARGUMENT.has(match[1])) return true;
  }
  return false;
}

/** The formula's shape and runs, or null when its runs cannot become slots (see above). */
export function splitTex(tex: string): TexParts | null {
  const runs = tex.match(DIGITS) ?? [];
  const width = markerWidth(runs.length);
  let index = 0;
  const shape = tex.replace(DIGITS, () => marker(index++, width));
  return isSlotShape(shape) ? { shape, runs } : null;
}

/** Whether a shape's runs can be slots, remembered per shape (the check is a regex scan). */
const slotShapes = new Map<string, boolean>();
const SLOT_SHAPES_LIMIT = 600;

function isSlotShape(shape: string): boolean {
  let known = slotShapes.get(shape);
  if (known === undefined) {
    // Markers are digits where the formula had digits, so the shape answers for the formula.
    known = !lengthSensitive(shape);
    if (slotShapes.size >= SLOT_SHAPES_LIMIT) slotShapes.clear();
    slotShapes.set(shape, known);
  }
  return known;
}

function markerWidth(count: number): number {
  return String(count).length;
}

function marker(index: number, width: number): string {
  return String(index + 1).padStart(width, '0');
}

/** One text node of a typeset formula that shows numbers: literal text and run indices. */
interface Slot {
  readonly node: Text;
  readonly pieces: readonly (string | number)[];
}

/** The slots of one copy of a typeset shape, and its TeX annotation. */
export interface Slots {
  readonly slots: readonly Slot[];
  readonly annotation: Text | null;
}

/**
 * Finds the slots in a copy of the typeset shape, or null when some marker is not shown as text
 * of its own (then digits there do more than show a number, and the shape cannot be reused).
 */
export function findSlots(root: HTMLElement, runCount: number): Slots | null {
  const width = markerWidth(runCount);
  const seen = new Array<boolean>(runCount).fill(false);
  const slots: Slot[] = [];
  let annotation: Text | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.localName === 'annotation') {
      annotation = node;
      continue;
    }
    if (!/[0-9]/.test(node.data)) continue;
    const pieces: (string | number)[] = [];
    let last = 0;
    for (const match of node.data.matchAll(DIGITS)) {
      const index = Number(match[0]) - 1;
      if (match[0].length !== width || index < 0 || index >= runCount) return null;
      seen[index] = true;
      if (match.index > last) pieces.push(node.data.slice(last, match.index));
      pieces.push(index);
      last = match.index + match[0].length;
    }
    if (last < node.data.length) pieces.push(node.data.slice(last));
    slots.push({ node, pieces });
  }
  return seen.every(Boolean) ? { slots, annotation } : null;
}

/** Writes the runs of a formula of this shape into its slots; only changed text is touched. */
export function fillSlots(found: Slots, runs: readonly string[], tex: string): void {
  for (const { node, pieces } of found.slots) {
    let text = '';
    for (const piece of pieces) text += typeof piece === 'number' ? runs[piece] : piece;
    if (node.data !== text) node.data = text;
  }
  if (found.annotation && found.annotation.data !== tex) found.annotation.data = tex;
}
