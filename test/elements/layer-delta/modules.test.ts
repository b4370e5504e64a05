import { expect } from '@open-wc/testing';
import { countOps } from '../../../src/core/index.js';
import {
  DEFAULTS,
  parseActivation,
  parseLoss,
  parseSeed,
  parseSizes,
  parseVector,
  resolveConfig,
} from '../../../src/elements/layer-delta/config.js';
// The parsers' English words come with the notes that show them.
import { withoutNonFiniteWords } from '../../../src/internal/problem-notes.js';
import { chartScale, widthSeries } from '../../../src/elements/layer-delta/efficiency.js';
import { deltaLines, gradientLines } from '../../../src/elements/layer-delta/equation-tex.js';
import {
  layoutNetwork,
  strokeScale,
  weightStrokeWidth,
} from '../../../src/elements/layer-delta/layout.js';

type Texts = Record<'sizes' | 'activation' | 'loss' | 'seed' | 'x' | 'y', string | null>;
const none: Texts = { sizes: null, activation: null, loss: null, seed: null, x: null, y: null };

/**
 * Reads attribute texts as the element does: each through its setting's parser (an absent or
 * refused one leaves the default), then x and y checked against the rest.
 */
function readConfig(texts: Texts) {
  const problems: Record<keyof Texts, string | null> = { ...none };
  const read = <T>(name: keyof Texts, parse: (text: string) => { ok: boolean }, fallback: T): T => {
    const text = texts[name];
    if (text === null) return fallback;
    const parsed = parse(text) as { ok: true; value: T } | { ok: false; message: string };
    if (parsed.ok) return parsed.value;
    problems[name] = parsed.message;
    return fallback;
  };
  const resolved = resolveConfig({
    sizes: read('sizes', parseSizes, DEFAULTS.sizes),
    activation: read('activation', parseActivation, DEFAULTS.activation),
    loss: read('loss', parseLoss, DEFAULTS.loss),
    seed: read('seed', parseSeed, DEFAULTS.seed),
    x: read<readonly number[] | null>('x', parseVector, null),
    y: read<readonly number[] | null>('y', parseVector, null),
  });
  problems.x ??= resolved.problems.x?.message ?? null;
  problems.y ??= resolved.problems.y?.message ?? null;
  const refused = Object.values(problems).some((problem) => problem !== null);
  return { config: refused ? null : resolved.config, problems };
}

describe('layer-delta modules', () => {
  it('scales connection widths by a step at or just above the largest weight', () => {
    for (const largest of [0.013, 0.3, 0.99, 1, 1.01, 2.6, 7.9, 10]) {
      const scale = strokeScale(largest);
      expect(scale, `scale for ${largest}`).to.be.at.least(largest);
      expect(scale / largest, `scale for ${largest}`).to.be.below(1.3);
    }
    expect(strokeScale(0)).to.equal(0);
    expect(weightStrokeWidth(0.5, strokeScale(0), true), 'all-zero weights').to.equal(1.2);
  });

  it('keeps every other connection width while the largest weight moves within a step', () => {
    // Dragging the largest weight from 1.05 to 1.2 must not restyle the connection of weight 0.5.
    const widths = [1.05, 1.1, 1.15, 1.2].map((largest) =>
      weightStrokeWidth(0.5, strokeScale(largest), true),
    );
    expect(new Set(widths).size).to.equal(1);
    expect(weightStrokeWidth(2, strokeScale(2), true), 'the largest is drawn widest').to.equal(
      weightStrokeWidth(2, 2, true),
    );
  });

  it('reads defaults that match the sizes', () => {
    expect(readConfig(none).config).to.deep.equal({
      sizes: [2, 3, 1],
      activation: 'sigmoid',
      loss: 'bce',
      seed: 1,
      x: [0.5, -1],
      y: [1],
    });
    const wide = readConfig({ ...none, sizes: '3 4 2' }).config!;
    expect(wide.x).to.deep.equal([0.5, -1, 0.8]);
    expect(wide.y).to.deep.equal([1, 0]);
  });

  it('names the attribute that no longer fits, and keeps bce targets in [0, 1]', () => {
    const mismatch = readConfig({ ...none, sizes: '3 3 1', x: '1 2' });
    expect(mismatch.config).to.equal(null);
    expect(mismatch.problems.sizes).to.equal(null);
    expect(mismatch.problems.x).to.contain('expected 3 numbers');
    const label = readConfig({ ...none, y: '1.5' });
    expect(label.problems.y).to.contain('numbers from 0 to 1');
    expect(label.problems.y).to.contain('probability');
    expect(readConfig({ ...none, y: '1.5', loss: 'mse' }).problems.y).to.equal(null);
    expect(readConfig({ ...none, sizes: '2 1' }).problems.sizes).to.contain('3 to 6');
  });

  it('never echoes NaN or Infinity in a message', () => {
    expect(withoutNonFiniteWords("expected a number, got 'NaN'")).to.equal(
      'expected a number, got a value that is not a finite number',
    );
    const seed = readConfig({ ...none, seed: 'Infinity' }).problems.seed!;
    expect(seed).to.not.match(/NaN|Infinity/);
  });

  it('keeps backward within twice forward while naive pulls away as width grows', () => {
    const series = widthSeries([3, 8, 8, 8, 2]);
    for (const point of series) {
      expect(point).to.deep.include(countOps([3, point.width, point.width, point.width, 2]));
      expect(point.backward / point.forward).to.be.at.most(2);
    }
    const ratios = series.map((p) => p.naive / p.forward);
    ratios.slice(1).forEach((ratio, i) => expect(ratio).to.be.greaterThan(ratios[i]));
  });

  it('maps the chart on log scales', () => {
    const series = widthSeries([2, 3, 1]);
    const scale = chartScale(series, { left: 0, right: 100, top: 0, bottom: 100 });
    expect(scale.x(1)).to.equal(0);
    expect(scale.x(128)).to.equal(100);
    expect(scale.y(1)).to.equal(100);
    expect(scale.yTicks[0]).to.equal(1);
    expect(scale.yTicks.at(-1)!).to.be.at.least(series.at(-1)!.naive);
  });

  it('writes small layers with numbers and large ones with shapes', () => {
    const base = {
      activation: 'sigmoid' as const,
      loss: 'bce' as const,
      revealed: true,
      input: [0.5, -1],
      target: [1],
      a: [[0.2, 0.4, 0.6], [0.7]],
      derivatives: [[0.16, 0.24, 0.24], [0.21]],
      deltas: [[0.01, -0.02, 0.03], [-0.3]],
      weights: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        [[0.5, -0.5, 1]],
      ],
      weightGradients: [
        [
          [0.005, -0.01],
          [-0.01, 0.02],
          [0.015, -0.03],
        ],
        [[-0.06, -0.12, -0.18]],
      ],
    };
    const hidden = deltaLines({ ...base, layer: 1, sizes: [2, 3, 1] }).join(' ');
    expect(hidden).to.contain('\\boxed{W_{2}^{\\mathsf T}}');
    expect(hidden).to.contain('0.5 \\\\ -0.5 \\\\ 1'); // W2 transposed is a column
    expect(hidden).to.contain("\\sigma'(z_{1})");
    const output = deltaLines({ ...base, layer: 2, sizes: [2, 3, 1] }).join(' ');
    expect(output).to.contain('\\delta_{2} = a_{2} - y');
    expect(gradientLines({ ...base, layer: 1, sizes: [2, 3, 1] }).join(' ')).to.contain(
      '\\delta_{1}\\,x^{\\mathsf T}',
    );
    const large = deltaLines({ ...base, layer: 1, sizes: [2, 16, 8] }).join(' ');
    expect(large).to.contain('16\\times8');
    const hiddenLater = deltaLines({ ...base, layer: 1, sizes: [2, 3, 1], revealed: false });
    expect(hiddenLater).to.have.length(1);
  });

  it('lays out up to 6 layers of 16 units inside the viewBox', () => {
    const layout = layoutNetwork([16, 16, 16, 16, 16, 16]);
    expect(layout.roomy).to.be.false;
    for (const column of layout.positions) {
      for (const p of column) {
        expect(p.x - layout.radius).to.be.at.least(0);
        expect(p.y + layout.radius).to.be.at.most(layout.height);
        expect(p.x + layout.radius).to.be.at.most(layout.width);
      }
    }
    expect(layoutNetwork([2, 3, 1]).roomy).to.be.true;
  });
});
