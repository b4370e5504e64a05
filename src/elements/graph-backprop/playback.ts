/**
 * Play's steps: the clock (play-clock.ts) made for the element on its first play, each tick
 * taking the next step or, where that step is asked and not yet answered, pausing before it.
 * Part of the reader's chunk (graph-handlers.ts), like the clock: the element asks for it once
 * that code is here. Holds nothing the reader sees: whether the pass plays lives in the snapshot.
 */
import type { ReactiveControllerHost } from 'lit';
import { pause, playTick } from './graph-backprop-actions.js';
import type { GraphHandlerHost } from './graph-handlers.js';
import { PlayClock } from './play-clock.js';

/** Pause between animated steps; slower and without motion when the reader asks for less. */
const PLAY_INTERVAL = 1000;
const PLAY_INTERVAL_REDUCED = 1600;

/** What Play needs of the element: its snapshot, its language and its exercise's locks. */
export interface PlaybackHost extends Pick<
  GraphHandlerHost,
  'model' | 'apply' | 'l10n' | 'locked'
> {
  /** Whether the reader asks for less motion (the steps then come slower). */
  reducedMotion(): boolean;
}

/** One tick of Play; answers whether to go on. */
function tick(host: PlaybackHost): boolean {
  if (!host.model().playing) return false;
  if (host.locked()) {
    // The next step is asked: the play stops before it, where the question is.
    host.apply(pause(host.model(), host.l10n()));
    return false;
  }
  host.apply(playTick(host.model(), host.l10n()));
  return host.model().playing;
}

/** The element's Play clock: stopped with the element, started by Play. */
export function playClock(element: ReactiveControllerHost, host: PlaybackHost): PlayClock {
  return new PlayClock(
    element,
    () => tick(host),
    () => (host.reducedMotion() ? PLAY_INTERVAL_REDUCED : PLAY_INTERVAL),
  );
}
