/**
 * Pixels computed from a network, kept with it: elements given the same settings start from the
 * same model snapshot (train-network-model.ts), so the second figure on a page with the same
 * network draws the first one's pixels instead of computing them again. The key says what else
 * the pixels depend on (the features, the colours); pixels are never edited once made, and go
 * with their network when it is no longer shown anywhere.
 */
export class PixelsByNetwork<T> {
  readonly #made = new WeakMap<object, { readonly key: string; readonly value: T }>();

  get(network: object, key: string, make: () => T): T {
    const kept = this.#made.get(network);
    if (kept?.key === key) return kept.value;
    const value = make();
    this.#made.set(network, { key, value });
    return value;
  }
}
