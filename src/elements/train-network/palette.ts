/**
 * Class colours from Okabe and Ito's palette, which stays distinguishable for the common
 * colour-vision deficiencies; every class also has its own marker shape, so forced colours and
 * greyscale print still tell the classes apart.
 */
export type Rgb = readonly [number, number, number];

export const CLASS_COLOURS: readonly Rgb[] = [
  [0, 114, 178], // blue
  [230, 159, 0], // orange
  [0, 158, 115], // bluish green
  [204, 121, 167], // reddish purple
  [86, 180, 233], // sky blue
];

/** Regression: negative values orange, positive blue (as the elements' gradient signs). */
export const NEGATIVE_COLOUR: Rgb = [213, 94, 0];
export const POSITIVE_COLOUR: Rgb = [0, 114, 178];

export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export type Marker = (typeof MARKERS)[number];

export function markerOf(label: number): Marker {
  return MARKERS[label % MARKERS.length];
}

/**
 * Every marker but the circle as a polygon around (0, 0), `x y` pairs in units of the circle's
 * radius (y pointing down): the canvas draws the points with them, the legend its keys.
 */
export const MARKER_POLYGONS: Readonly<Record<Exclude<Marker, 'circle'>, readonly number[]>> = {
  square: [-0.9, -0.9, 0.9, -0.9, 0.9, 0.9, -0.9, 0.9],
  triangle: [0, -1.15, 1.05, 0.75, -1.05, 0.75],
  diamond: [0, -1.2, 1.2, 0, 0, 1.2, -1.2, 0],
  // prettier-ignore
  cross: [-0.4, -1, 0.4, -1, 0.4, -0.4, 1, -0.4, 1, 0.4, 0.4, 0.4, 0.4, 1, -0.4, 1, -0.4, 0.4,
    -1, 0.4, -1, -0.4, -0.4, -0.4],
};

export function cssColour(rgb: Rgb): string {
  return `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]})`;
}

/** Reads `rgb(…)`/`rgba(…)` as the computed style gives it; white when it cannot. */
export function parseCssColour(text: string): Rgb {
  const match = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (!match) return [255, 255, 255];
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The colour of a regression value in [−1, 1]; a class colour is the same with `tint`. */
export function regressionColour(value: number): { colour: Rgb; strength: number } {
  const v = Math.max(-1, Math.min(1, value));
  return { colour: v < 0 ? NEGATIVE_COLOUR : POSITIVE_COLOUR, strength: Math.abs(v) };
}
