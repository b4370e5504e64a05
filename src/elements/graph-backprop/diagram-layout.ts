/**
 * Where the diagram's boxes go for a graph, and which way it runs for the width available.
 * DOM-free: the element measures its width, this decides.
 */
import type { Direction, ExpressionGraph } from './graph-backprop-model.js';
import {
  extentAlong,
  layoutGraph,
  type GraphLayout,
  type LayoutInputNode,
  type LayoutOptions,
} from './layout.js';

/** Node and label box sizes, in SVG units (px at full size). */
export const NODE_WIDTH = 84;
export const NODE_WIDTH_NARROW = 74;
export const NODE_HEIGHT = 56;
/** Forward mode's nodes: a line more, so the mark ∂/∂w and the tangent each get a full-size line. */
export const NODE_HEIGHT_TALL = 70;
export const LABEL_WIDTH = 108;
export const LABEL_WIDTH_NARROW = 100;
export const LABEL_HEIGHT = 36;
/** The drawing never shrinks below this share of its size (text stays readable): past that it scrolls. */
export const MIN_SCALE = 0.75;
/** Host padding plus border, subtracted from the host width when choosing a direction. */
const HOST_CHROME = 26;

/**
 * Layouts by direction and expression text. Every change of a value makes a new graph of the same
 * text and shape, so the text is the key; a few entries cover an editing session.
 */
const remembered = new Map<string, GraphLayout>();
const REMEMBER = 16;

/** What layoutGraph is given for a graph drawn in `direction`. */
function layoutInput(
  graph: ExpressionGraph,
  direction: Direction,
  tall: boolean,
): [LayoutInputNode[], LayoutOptions] {
  // Top-to-bottom is for narrow screens, where every pixel across counts: slimmer boxes.
  const down = direction === 'down';
  return [
    graph.nodes.map((node) => ({
      id: node.id,
      inputs: node.inputs.map((input) => input.id),
      width: down ? NODE_WIDTH_NARROW : NODE_WIDTH,
      height: tall ? NODE_HEIGHT_TALL : NODE_HEIGHT,
    })),
    {
      direction,
      labelWidth: down ? LABEL_WIDTH_NARROW : LABEL_WIDTH,
      labelHeight: LABEL_HEIGHT,
      gap: down ? 8 : 12,
      rankGap: down ? 8 : 12,
    },
  ];
}

export function layoutFor(graph: ExpressionGraph, direction: Direction, tall = false): GraphLayout {
  const key = `${direction}|${tall ? 'tall' : ''}|${graph.text}`;
  const known = remembered.get(key);
  if (known) return known;
  const layout = layoutGraph(...layoutInput(graph, direction, tall));
  if (remembered.size >= REMEMBER) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, layout);
  return layout;
}

/**
 * The width of the drawing running across (inputs left), without laying it out: a large graph
 * that will run down then costs one layout, not two.
 */
function widthAcross(graph: ExpressionGraph): number {
  const known = remembered.get(`right||${graph.text}`)?.width ?? widths.get(graph);
  if (known !== undefined) return known;
  const width = extentAlong(...layoutInput(graph, 'right', false));
  widths.set(graph, width);
  return width;
}

/**
 * The width across of graphs drawn down, which have no layout across to read it from: asked on
 * every change of a value (the element checks the direction still fits), worked out once.
 */
const widths = new WeakMap<ExpressionGraph, number>();

/**
 * Inputs-left-to-output-right when it fits `hostWidth`; top-to-bottom when that fits better.
 * Keeps `current` while the width is unknown (0 before the first measurement).
 */
export function chooseDirection(
  graph: ExpressionGraph,
  hostWidth: number,
  current: Direction,
): Direction {
  const available = hostWidth - HOST_CHROME;
  if (available <= 0) return current;
  const across = widthAcross(graph) * MIN_SCALE;
  if (across <= available) return 'right';
  const down = layoutFor(graph, 'down').width * MIN_SCALE;
  return down <= available || down < across ? 'down' : 'right';
}

/**
 * The direction for a host not measured yet but at most `maxWidth` wide (the window's width):
 * chooseDirection's answer when it is the same for every width up to `maxWidth`, else `current`.
 * A graph too wide across for `maxWidth` is too wide for the host too, and chooseDirection then
 * picks whichever way is narrower, whatever the host's width.
 */
export function directionWithin(
  graph: ExpressionGraph,
  maxWidth: number,
  current: Direction,
): Direction {
  const across = widthAcross(graph) * MIN_SCALE;
  if (maxWidth - HOST_CHROME <= 0 || across <= maxWidth - HOST_CHROME) return current;
  return layoutFor(graph, 'down').width * MIN_SCALE < across ? 'down' : 'right';
}
