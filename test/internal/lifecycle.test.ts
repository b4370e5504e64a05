import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PlayClock } from '../../src/elements/graph-backprop/play-clock.js';
import { DragHold, Frames } from '../../src/internal/lifecycle.js';

/** A bare host, so each controller is seen stopping with the element and nothing else. */
class LifecycleProbe extends LitElement {
  steps = 0;
  ticks = 0;
  readonly frames = new Frames(this);
  readonly clock = new PlayClock(
    this,
    () => ++this.ticks > 0,
    () => 5,
  );
  readonly drag = new DragHold(this);
}
customElements.define('lifecycle-probe', LifecycleProbe);

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('lifecycle controllers', () => {
  it('stop animation frames, the timer and a drag when the element leaves the page', async () => {
    const probe = await fixture<LifecycleProbe>(html`<lifecycle-probe></lifecycle-probe>`);
    probe.frames.start(() => ++probe.steps > 0);
    probe.clock.start();
    let ended = 0;
    probe.drag.hold(() => ended++);
    await frame();
    await frame();
    await wait(20);
    expect(probe.steps, 'frames ran').to.be.greaterThan(0);
    expect(probe.ticks, 'the timer ran').to.be.greaterThan(0);
    probe.remove();
    const { steps, ticks } = probe;
    await frame();
    await frame();
    await wait(20);
    expect(probe.steps, 'no frame after leaving').to.equal(steps);
    expect(probe.ticks, 'no tick after leaving').to.equal(ticks);
    expect(ended, 'the drag ended once').to.equal(1);
  });

  it('gives the time since the first frame and stops when the step answers false', async () => {
    const probe = await fixture<LifecycleProbe>(html`<lifecycle-probe></lifecycle-probe>`);
    const seen: number[] = [];
    probe.frames.start((elapsed) => seen.push(elapsed) < 3);
    for (let i = 0; i < 6; i++) await frame();
    expect(seen).to.have.length(3);
    expect(seen[0]).to.equal(0);
    expect(seen[2]).to.be.greaterThan(seen[1]);
  });

  it('lets a step start the animation again without two running', async () => {
    const probe = await fixture<LifecycleProbe>(html`<lifecycle-probe></lifecycle-probe>`);
    let outer = 0;
    let inner = 0;
    probe.frames.start(() => {
      outer++;
      probe.frames.start(() => ++inner < 3);
      return true;
    });
    expect(probe.frames.running).to.be.true;
    for (let i = 0; i < 6; i++) await frame();
    expect(outer, 'the replaced animation stops').to.equal(1);
    expect(inner).to.equal(3);
    expect(probe.frames.running).to.be.false;
  });
});
