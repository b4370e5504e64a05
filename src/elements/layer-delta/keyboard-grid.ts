/**
 * Arrow-key movement between the diagram's units, DOM-free. The units form a ragged grid: a
 * column per layer, a row per unit. Up and Down move within a layer, Left and Right to the
 * nearest unit of the next layer, Home and End to a layer's first and last unit; Enter and
 * Space select the unit's layer.
 */

export type UnitKeyAction =
  { kind: 'move'; layer: number; unit: number } | { kind: 'select' } | null;

export function unitKeyAction(
  key: string,
  sizes: readonly number[],
  layer: number,
  unit: number,
): UnitKeyAction {
  const move = (toLayer: number, toUnit: number): UnitKeyAction => ({
    kind: 'move',
    layer: toLayer,
    unit: Math.max(0, Math.min(sizes[toLayer] - 1, toUnit)),
  });
  switch (key) {
    case 'ArrowUp':
      return move(layer, unit - 1);
    case 'ArrowDown':
      return move(layer, unit + 1);
    case 'ArrowLeft':
      // At the edge the key is still the grid's, so the page does not scroll.
      return layer > 0 ? move(layer - 1, unit) : move(layer, unit);
    case 'ArrowRight':
      return layer < sizes.length - 1 ? move(layer + 1, unit) : move(layer, unit);
    case 'Home':
      return move(layer, 0);
    case 'End':
      return move(layer, sizes[layer] - 1);
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    default:
      return null;
  }
}
