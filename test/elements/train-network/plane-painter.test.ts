import { expect } from '@open-wc/testing';
import { DEFAULTS } from '../../../src/elements/train-network/config.js';
import { planePainter } from '../../../src/elements/train-network/plane-painter.js';
import * as rules from '../../../src/elements/train-network/train-network-model.js';
import type { TrainModel } from '../../../src/elements/train-network/train-network-model.js';
import { playCode } from '../../../src/elements/train-network/views/later-views.js';

/** A host with the plane's two canvases, counting what is put on the heatmap's. */
function planeHost() {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const heatmap = document.createElement('canvas');
  heatmap.className = 'heatmap';
  const points = document.createElement('canvas');
  points.className = 'points';
  root.append(heatmap, points);
  document.body.append(host);
  const puts: number[] = [];
  let frame = 0;
  const context = heatmap.getContext('2d')!;
  const put = context.putImageData.bind(context);
  context.putImageData = ((...args: Parameters<typeof put>) => {
    puts.push(frame);
    put(...args);
  }) as typeof context.putImageData;
  return {
    host: Object.assign(host, { renderRoot: root }),
    puts,
    setFrame: (k: number) => (frame = k),
  };
}

describe('train-network: the heatmap while playing', () => {
  // While playing, the heatmap comes with Play's code, which is here whenever the loop runs.
  before(() => playCode.load());

  it('starts a coarse heatmap when it is handed a network and draws it on the third frame', () => {
    const { host, puts, setFrame } = planeHost();
    const paint = planePainter(host);
    let model: TrainModel = rules.setPlaying(rules.createModel(DEFAULTS), true);
    // The first heatmap starts one frame before the schedule's slots (Play's own render)…
    let shown = model;
    paint(model, shown);
    for (let frame = 0; frame < 24; frame++) {
      setFrame(frame);
      model = rules.advance(model, 1).model;
      // …then a network is handed over every third frame, as the redraw schedule does.
      if (frame % 3 === 0) shown = model;
      paint(model, shown);
    }
    // The first one lands where it started; from the first slot after it, every third frame
    // two frames after a slot, never on a slot's own frame.
    expect(puts[0]).to.equal(1);
    expect(puts.slice(1)).to.deep.equal([5, 8, 11, 14, 17, 20, 23]);
    host.remove();
  });
});
