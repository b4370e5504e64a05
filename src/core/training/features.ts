/**
 * The input features a reader can feed the network, computed from a point's coordinates (x₁, x₂).
 * The names are what authors write in the `features` attribute.
 */
export const FEATURES = ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)'] as const;
export type Feature = (typeof FEATURES)[number];

const COMPUTE: Record<Feature, (x1: number, x2: number) => number> = {
  x1: (x1) => x1,
  x2: (_, x2) => x2,
  'x1^2': (x1) => x1 * x1,
  'x2^2': (_, x2) => x2 * x2,
  'x1*x2': (x1, x2) => x1 * x2,
  'sin(x1)': (x1) => Math.sin(x1),
  'sin(x2)': (_, x2) => Math.sin(x2),
};

/** TeX for each feature, for the network drawing's input labels and the gradient panel. */
export const FEATURE_TEX: Record<Feature, string> = {
  x1: 'x_1',
  x2: 'x_2',
  'x1^2': 'x_1^2',
  'x2^2': 'x_2^2',
  'x1*x2': 'x_1 x_2',
  'sin(x1)': '\\sin x_1',
  'sin(x2)': '\\sin x_2',
};

/** The network's input vector for a point, one entry per chosen feature. */
export function featureVector(features: readonly Feature[], x1: number, x2: number): number[] {
  return features.map((feature) => COMPUTE[feature](x1, x2));
}

/**
 * The same vector written into `into` (as long as `features`): a grid's thousands of points
 * reuse one buffer instead of an array each.
 */
export function writeFeatureVector(
  features: readonly Feature[],
  x1: number,
  x2: number,
  into: Float64Array,
): Float64Array {
  for (let i = 0; i < features.length; i++) into[i] = COMPUTE[features[i]](x1, x2);
  return into;
}

export function isFeature(name: string): name is Feature {
  return (FEATURES as readonly string[]).includes(name);
}
