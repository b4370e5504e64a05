/**
 * How `<layer-delta>` reads each attribute (or the same property set from script): the parser
 * and the value used while it is absent. The element declares them with `@setting`, adding how
 * each reads back from its model.
 */
import type { Activation, Loss } from '../../core/index.js';
import type { SettingSpec } from '../../internal/settings.js';
import {
  DEFAULTS,
  parseActivation,
  parseLoss,
  parseSeed,
  parseSizes,
  parseVector,
} from './config.js';
import { cloneMatrices } from './shapes.js';

export const SIZES: SettingSpec<readonly number[]> = {
  attribute: 'sizes',
  parse: parseSizes,
  fallback: DEFAULTS.sizes,
};

export const ACTIVATION: SettingSpec<Activation> = {
  attribute: 'activation',
  parse: parseActivation,
  fallback: DEFAULTS.activation,
};

export const LOSS: SettingSpec<Loss> = {
  attribute: 'loss',
  parse: parseLoss,
  fallback: DEFAULTS.loss,
};

export const SEED: SettingSpec<number> = {
  attribute: 'seed',
  parse: parseSeed,
  fallback: DEFAULTS.seed,
};

/** x or y: absent (null) means the default vector for the layer's size. */
export const vectorSetting = (attribute: 'x' | 'y'): SettingSpec<readonly number[] | null> => ({
  attribute,
  parse: parseVector,
  fallback: null,
});

/** Weights from script only; a copy is kept, its shape checked against sizes when applied. */
export const WEIGHTS: SettingSpec<number[][][] | null> = {
  attribute: false,
  parse: (text) => ({ ok: true, value: text as unknown as number[][][] }),
  parseValue: (value) => ({ ok: true, value: cloneMatrices(value as number[][][]) }),
  fallback: null,
};

/** Biases from script only, copied like the weights. */
export const BIASES: SettingSpec<number[][] | null> = {
  attribute: false,
  parse: (text) => ({ ok: true, value: text as unknown as number[][] }),
  parseValue: (value) => ({
    ok: true,
    value: (Array.isArray(value)
      ? value.map((row: unknown) => (Array.isArray(row) ? [...(row as number[])] : row))
      : value) as number[][],
  }),
  fallback: null,
};
