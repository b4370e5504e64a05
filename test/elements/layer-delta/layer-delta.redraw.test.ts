import { expect } from '@open-wc/testing';
import type { LayerDelta } from '../../../src/elements/layer-delta/layer-delta.js';
import { bringToFront } from '../../conformance/page-state.js';
import { mount, root, stepButton } from './layer-page.js';

beforeEach(bringToFront);

/**
 * The diagram redraws only the units and connections whose inputs changed. Whatever was
 * skipped must read exactly as a diagram drawn from scratch with the same numbers: these tests
 * compare an element changed step by step with a fresh one.
 */

/** What the reader gets from the diagram: each unit's name, text and shade, each connection's look. */
function drawing(element: LayerDelta): string[] {
  // The units' drawing, and under it one drawing per weight matrix.
  const svg = root(element).querySelector('figure.network')!;
  const units = [...svg.querySelectorAll('.units > g')].map((g) =>
    [
      g.getAttribute('class'),
      g.getAttribute('aria-label'),
      g.getAttribute('tabindex'),
      g.textContent?.trim(),
      // The compact layout's shade of the activation.
      g.querySelector('.shade')?.getAttribute('fill-opacity'),
    ].join(' | '),
  );
  const wires = [...svg.querySelectorAll('.connection')].map((line) =>
    [line.getAttribute('class'), line.getAttribute('stroke-width')].join(' | '),
  );
  expect(wires.length, 'the connections are read').to.be.greaterThan(0);
  const headings = [...svg.querySelectorAll('.heading')].map(
    (t) => `${t.getAttribute('class')} ${t.textContent}`,
  );
  return [...units, ...wires, ...headings];
}

function withWeight(
  weights: number[][][],
  layer: number,
  row: number,
  column: number,
  value: number,
) {
  const copy = weights.map((matrix) => matrix.map((r) => [...r]));
  copy[layer][row][column] = value;
  return copy;
}

/** An element whose first render already has these weights: nothing of it was skipped. */
async function fresh(
  attributes: Record<string, string>,
  weights: number[][][],
): Promise<LayerDelta> {
  const element = document.createElement('layer-delta');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.weights = weights;
  document.body.append(element);
  made.push(element);
  await element.updateComplete;
  return element;
}

const made: HTMLElement[] = [];
afterEach(() => made.splice(0).forEach((element) => element.remove()));

describe('<layer-delta> redraws only what changed, and reads as if drawn afresh', () => {
  for (const sizes of ['2 3 1', '2 16 16 1']) {
    it(`a weight changed in ${sizes}: the units downstream are renamed, the rest read the same`, async () => {
      const attributes = { sizes };
      const element = await mount(attributes);
      const before = drawing(element);
      const weights = withWeight(element.weights, 1, 0, 0, -2.5);
      element.weights = weights;
      await element.updateComplete;
      const after = drawing(element);
      expect(after).to.deep.equal(drawing(await fresh(attributes, weights)));
      // Something did change (the output unit's activation), and the input units did not.
      expect(after).to.not.deep.equal(before);
      const inputs = Number(sizes.split(' ')[0]);
      expect(after.slice(0, inputs)).to.deep.equal(before.slice(0, inputs));
    });
  }

  it("the reader's typed weights, one matrix at a time, read as a fresh drawing", async () => {
    const attributes = { sizes: '2 4 3 1' };
    const element = await mount(attributes);
    // The editor works on the selected layer's matrix; each edit shares the other matrices.
    await typeWeight(element, '1 0', '0', '-2.25');
    await typeWeight(element, '2 0', '2', '3.5');
    await typeWeight(element, '1 0', '1', '0.125');
    const weights = element.weights;
    expect(weights[0][0]).to.deep.equal([-2.25, 0.125]);
    expect(weights[1][0][2]).to.equal(3.5);
    const other = await fresh(attributes, weights);
    await typeWeight(other, '1 0', '1', '0.125');
    expect(drawing(element)).to.deep.equal(drawing(other));
  });

  it('after steps, a weight changed, a unit pressed and a new language', async () => {
    const sizes = '2 3 2 1';
    // One element goes there step by step, redrawing only what each change reaches...
    const element = await mount({ sizes });
    await stepTwice(element);
    const weights = withWeight(element.weights, 2, 0, 1, 1.75);
    element.weights = weights;
    await element.updateComplete;
    await pressUnit(element, '1 0');
    element.lang = 'de';
    await settle(element);
    // ...the other has the weights and the language from the start.
    const other = await fresh({ sizes, lang: 'de' }, weights);
    await settle(other);
    await stepTwice(other);
    await pressUnit(other, '1 0');

    const drawn = drawing(element);
    expect(drawn).to.deep.equal(drawing(other));
    expect(drawn.join('\n')).to.contain('δ').and.to.contain('Einheit 1 der Zwischenschicht 1');
    expect(drawn.filter((line) => line.includes(' selected'))).to.not.be.empty;
  });
});

describe("<layer-delta>'s connection widths while the reader moves a weight", () => {
  /** Each connection's width, by its weight's place. */
  function widths(element: LayerDelta): Map<string, string | null> {
    const connections = root(element).querySelectorAll('.connection');
    return new Map(
      [...connections].map((line) => [
        line.getAttribute('data-weight')!,
        line.getAttribute('stroke-width'),
      ]),
    );
  }

  it('moving the editor’s weight past every other leaves their widths as they were', async () => {
    const sizes = '2 4 3 1';
    const element = await mount({ sizes });
    // The editor's weight is the output's first (layer 3, row 0, column 0).
    const others = element.weights.flat(2).map(Math.abs);
    others.splice(others.length - 3, 1);
    const largest = Math.max(...others);
    const before = widths(element);
    const field = root(element).querySelector<HTMLInputElement>('.weight-input')!;
    for (const value of [largest * 2, largest * 5, -largest * 3, largest / 10]) {
      field.value = String(Number(value.toFixed(2)));
      field.dispatchEvent(new Event('input'));
      await element.updateComplete;
      const now = widths(element);
      for (const [place, width] of before)
        if (place !== '3 0 0') expect(now.get(place), `${place} at ${value}`).to.equal(width);
      // The moved one is drawn at full width once it outgrows the rest, and thinner below them.
      const moved = Number(now.get('3 0 0'));
      const widest = Math.max(...[...now.values()].map(Number));
      if (Math.abs(value) >= largest) expect(moved).to.equal(widest);
      else expect(moved).to.be.below(widest);
    }
    // Drawn afresh with these weights and the same weight in the editor, it reads the same.
    const other = await fresh({ sizes }, element.weights);
    expect(drawing(element)).to.deep.equal(drawing(other));
  });
});

/**
 * What the reader gets from the selected layer's panel besides its formulas: the unit-by-unit
 * table of a large layer and the weight editor's pickers, slider and field.
 */
function panel(element: LayerDelta): string[] {
  const section = root(element).querySelector('.layer-panel')!;
  const rows = [...section.querySelectorAll('.unit-table tr')].map((row) =>
    [row.className, row.textContent!.replace(/\s+/g, ' ').trim()].join(' | '),
  );
  const options = [...section.querySelectorAll('.weight-editor option')].map(
    (option) => `${(option as HTMLOptionElement).selected} ${option.textContent!.trim()}`,
  );
  const slider = section.querySelector<HTMLInputElement>('.weight-slider')!;
  const field = section.querySelector<HTMLInputElement>('.weight-input')!;
  return [
    ...rows,
    ...options,
    `${slider.value} ${slider.getAttribute('aria-label')} ${slider.getAttribute('aria-valuetext')}`,
    field.value,
  ];
}

describe("<layer-delta>'s panel redraws only the rows and pickers that changed", () => {
  it("a large layer's table and the weight editor, after weights, steps and a language", async () => {
    const sizes = '2 16 4 1';
    const element = await mount({ sizes });
    await pressUnit(element, '1 3');
    const before = panel(element);
    // A weight into hidden 1's unit 1 changes that row only; the steps reveal every δ.
    let weights = withWeight(element.weights, 0, 0, 1, -3.5);
    element.weights = weights;
    await element.updateComplete;
    await stepTwice(element);
    await stepTwice(element);
    await pressUnit(element, '1 3');
    weights = withWeight(weights, 1, 2, 5, 2.25);
    element.weights = weights;
    await element.updateComplete;
    element.lang = 'de';
    await settle(element);
    await pressUnit(element, '1 3');

    const other = await fresh({ sizes, lang: 'de' }, weights);
    await settle(other);
    await stepTwice(other);
    await stepTwice(other);
    await pressUnit(other, '1 3');
    const shown = panel(element);
    expect(shown).to.deep.equal(panel(other));
    expect(shown.length).to.be.greaterThan(16 + 16 + 2);
    expect(shown).to.not.deep.equal(before);
    expect(shown.join('\n')).to.contain('δ').and.to.contain('Einheit 1 der Zwischenschicht 1');
  });
});

async function stepTwice(element: LayerDelta): Promise<void> {
  for (let i = 0; i < 2; i++) {
    stepButton(element).click();
    await element.updateComplete;
  }
}

async function pressUnit(element: LayerDelta, unit: string): Promise<void> {
  root(element)
    .querySelector<SVGElement>(`[data-unit="${unit}"]`)!
    .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** A new language's words may arrive a moment later. */
async function settle(element: LayerDelta): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 100));
  await element.updateComplete;
}

/** Selects the unit's layer, picks the weight from unit `column` into it, and types `value`. */
async function typeWeight(
  element: LayerDelta,
  unit: string,
  column: string,
  value: string,
): Promise<void> {
  await pressUnit(element, unit);
  const from = root(element).querySelector<HTMLSelectElement>('.weight-editor select')!;
  from.value = column;
  from.dispatchEvent(new Event('change'));
  await element.updateComplete;
  const field = root(element).querySelector<HTMLInputElement>('.weight-input')!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

describe("<layer-delta>'s part diagram", () => {
  it('holds every layer of the drawing, so a background styled on it lies under the connections', async () => {
    const element = await mount({ sizes: '2 3 1' });
    const parts = root(element).querySelectorAll('[part~="diagram"]');
    expect(parts.length, 'one part named diagram').to.equal(1);
    const connections = root(element).querySelectorAll('.connection');
    expect(connections.length).to.equal(2 * 3 + 3 * 1);
    for (const connection of connections) expect(parts[0].contains(connection)).to.equal(true);
    expect(parts[0].querySelector('.units')).to.not.equal(null);
  });
});
