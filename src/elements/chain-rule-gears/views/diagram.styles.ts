import { css } from 'lit';

/** The diagram: its scaling, the ruler, the lever and the turning animation. */
export const diagramStyles = css`
  /* The stage has the drawing's aspect ratio (set inline, with its width at the height cap), so
     the ruler's SVG fills it and the rack and gear boxes placed in percentages line up with it. */
  .stage {
    position: relative;
    margin-inline: auto;
    user-select: none;
    -webkit-user-select: none;
  }
  .stage > svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: hidden;
  }
  /* The rack's layer: clipped to the diagram where it stays, sliding inside the clip. Only the
     drawn parts take the pointer, so the ruler's hit area shows through around them. */
  .rack-clip {
    position: absolute;
    inset: 0;
    overflow: hidden;
    pointer-events: none;
  }
  .slide,
  .slide > svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .slide .lever > * {
    pointer-events: visiblePainted;
  }

  /* The ruler the lever slides along. */
  .ruler line {
    stroke: var(--bp-muted);
    stroke-width: 1;
  }
  .ruler .major {
    stroke-width: 1.6;
  }
  .ruler-number {
    fill: var(--bp-muted);
    font-family: var(--bp-font);
    font-size: 9.5px;
    font-variant-numeric: tabular-nums;
    text-anchor: middle;
    direction: ltr;
    unicode-bidi: isolate;
  }
  .ruler .rail {
    stroke: var(--bp-line);
    stroke-width: 2;
    stroke-linecap: round;
  }

  /* The lever: a whole-ruler hit area, the rack, and the handle that is the slider. */
  .lever,
  .lever-track {
    cursor: grab;
    touch-action: none;
  }
  .dragging .lever-track,
  .dragging ~ .rack-clip .lever {
    cursor: grabbing;
  }
  .lever-hit {
    fill: transparent;
  }
  .rack-body,
  .rack-teeth {
    fill: var(--chain-rule-gears-metal);
    stroke: var(--chain-rule-gears-edge);
    stroke-width: 0.8;
    stroke-linejoin: round;
  }
  /* The shared focus ring, drawn in the handle's shape: an outline on an SVG group would frame
     its invisible hit circle and run off the top of the drawing. */
  .handle:focus-visible {
    outline: none !important;
  }
  .handle-grip {
    fill: var(--bp-accent);
    stroke: var(--bp-bg);
    stroke-width: 1.5;
  }
  .handle-line {
    stroke: var(--bp-bg);
    stroke-width: 1.4;
    stroke-linecap: round;
  }
  .handle-ring {
    fill: none;
    stroke: transparent;
    stroke-width: 2;
  }
  /* Hover is a thin dashed ring, so only focus draws the solid ring in --bp-focus. */
  .handle:hover .handle-ring {
    stroke: var(--bp-line);
    stroke-width: 1.2;
    stroke-dasharray: 3 2;
  }
  .handle:focus-visible .handle-ring {
    stroke: var(--bp-focus);
    stroke-width: 3;
    stroke-dasharray: none;
  }

  /* Gear turns and the rack's slide are CSS transforms on HTML boxes, so the compositor animates
     them without a script loop or a main-thread frame; --bp-duration is 0 under
     prefers-reduced-motion. A drag, and keys faster than a turn lasts (a held key repeats every
     30 to 50 ms), follow at once: retargeting a transition on every change costs a restyle and
     a repaint of the gears each time, for motion the next change cuts short. */
  .turn,
  .slide {
    transition: transform var(--bp-duration) ease-out;
  }
  .follow ~ .gear .turn,
  .follow ~ .rack-clip .slide {
    transition: none;
  }
`;
