import { expect } from '@open-wc/testing';
import { RedrawSchedule } from '../../../src/elements/train-network/redraw-schedule.js';
import { DEFAULTS } from '../../../src/elements/train-network/config.js';
import * as rules from '../../../src/elements/train-network/train-network-model.js';
import type { TrainModel } from '../../../src/elements/train-network/train-network-model.js';

/** Plays `frames` frames of one mini-batch each; answers, per frame, what each drawing showed. */
function play(schedule: RedrawSchedule, model: TrainModel, frames: number) {
  const shown: {
    panel: boolean;
    figure: boolean;
    readouts: boolean;
    curves: boolean;
    heatmap: boolean;
    thumbnails: boolean;
    foretold: string;
  }[] = [];
  let current = model;
  for (let frame = 0; frame < frames; frame++) {
    const foretold = schedule.nextFrame();
    current = rules.advance(current, 1).model;
    schedule.played(current);
    shown.push({
      foretold,
      panel: schedule.drawn(current, 'panel').training === current.training,
      figure: schedule.drawn(current, 'figure').training === current.training,
      readouts: schedule.drawn(current, 'readouts').training === current.training,
      curves: schedule.drawn(current, 'curves').training === current.training,
      heatmap: schedule.drawn(current, 'heatmap').training === current.training,
      thumbnails: schedule.drawn(current, 'thumbnails').training === current.training,
    });
  }
  return { shown, last: current };
}

describe('train-network: what the drawings show while playing', () => {
  const playing = rules.setPlaying(rules.createModel(DEFAULTS), true);

  it('redraws the panel every third frame and the network every sixth, never both in one frame', () => {
    const { shown } = play(new RedrawSchedule(), playing, 12);
    expect(shown.map((s) => s.panel)).to.deep.equal(
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((k) => k % 3 === 0),
    );
    // The first frame draws everything; from then on the network one frame after the panel.
    expect(shown.slice(1).map((s) => s.figure)).to.deep.equal(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((k) => k % 6 === 1),
    );
    for (const { panel, figure } of shown.slice(1)) expect(panel && figure).to.equal(false);
    // The frame budget learns beforehand which frames redraw the network.
    for (const { figure, foretold } of shown) expect(foretold === 'figure').to.equal(figure);
  });

  it('changes the readouts every sixth frame, on frames that redraw nothing else', () => {
    const { shown } = play(new RedrawSchedule(), playing, 12);
    expect(shown.slice(1).map((s) => s.readouts)).to.deep.equal(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((k) => k % 6 === 4),
    );
    for (const { panel, figure, readouts } of shown.slice(1))
      expect([panel, figure, readouts].filter(Boolean).length).to.be.at.most(1);
    for (const { readouts, foretold } of shown.slice(1))
      expect(foretold === 'readouts').to.equal(readouts);
  });

  it('redraws the loss curves every twelfth frame, never with the network, the readouts or the thumbnails', () => {
    const { shown } = play(new RedrawSchedule(), playing, 36);
    const redrawn = shown.flatMap((s, k) => (k > 0 && s.curves ? [k] : []));
    expect(redrawn).to.deep.equal([3, 15, 27]);
    for (const { figure, readouts, curves, thumbnails } of shown.slice(1))
      expect(curves && (figure || readouts || thumbnails)).to.equal(false);
    // The frame budget learns beforehand which frames redraw them.
    for (const { curves, foretold } of shown.slice(1))
      expect(foretold === 'curves').to.equal(curves);
  });

  it('repaints the thumbnails every twelfth frame, never with the network or the readouts', () => {
    const { shown } = play(new RedrawSchedule(), playing, 36);
    const repainted = shown.flatMap((s, k) => (k > 0 && s.thumbnails ? [k] : []));
    expect(repainted).to.deep.equal([9, 21, 33]);
    for (const { figure, readouts, thumbnails } of shown.slice(1))
      expect(thumbnails && (figure || readouts)).to.equal(false);
    for (const { thumbnails, foretold } of shown.slice(1))
      expect(foretold === 'thumbnails').to.equal(thumbnails);
  });

  it("hands the heatmap a network with the panel's, so its third frame redraws nothing else", () => {
    const { shown } = play(new RedrawSchedule(), playing, 24);
    const handed = shown.flatMap((s, k) => (s.heatmap ? [k] : []));
    expect(handed).to.deep.equal([0, 3, 6, 9, 12, 15, 18, 21]);
    // A coarse heatmap takes three frames from the one it is handed: drawn two frames later.
    for (const k of handed.slice(0, -1)) {
      const drawnOn = shown[k + 2];
      expect([drawnOn.figure, drawnOn.readouts, drawnOn.thumbnails, drawnOn.panel]).to.deep.equal([
        false,
        false,
        false,
        false,
      ]);
    }
  });

  it('shows the model as it is once paused', () => {
    const schedule = new RedrawSchedule();
    const { last } = play(schedule, playing, 5);
    const paused = rules.setPlaying(last, false);
    expect(schedule.drawn(paused, 'panel')).to.equal(paused);
    expect(schedule.drawn(paused, 'figure')).to.equal(paused);
    expect(schedule.drawn(paused, 'readouts')).to.equal(paused);
    expect(schedule.drawn(paused, 'thumbnails')).to.equal(paused);
  });
});
