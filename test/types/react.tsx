// Type-checked by `node scripts/build-apps.mjs` against the packed package, as an app's tsc
// would: every prop compiles with the shipped types, and what would crash or do nothing at run
// time does not. (The README's snippet is readme-react.tsx.)
import type {} from 'backprop-elements/react';
import 'backprop-elements/graph-backprop';
import 'backprop-elements/chain-rule-gears';
import { useRef } from 'react';
import type { GraphBackprop, NeuronBackprop } from 'backprop-elements';

export function EveryProp() {
  const graph = useRef<GraphBackprop>(null);
  const neuron = useRef<NeuronBackprop>(null);
  return (
    <div>
      <graph-backprop
        ref={graph}
        key="g"
        class="wide"
        className="wide"
        style={{ maxWidth: 600 }}
        id="graph"
        aria-label="a graph"
        expr="x*x"
        values="x=3"
        selected="x"
        mode="forward"
        wrt="x"
        editable
        step={1}
        onnode-select={(event) => console.log(event.detail.id, event.detail.grad)}
        onforward-step={(event) => console.log(event.detail.tangent)}
        oninput={(event) => console.log(event.detail.name)}
        onerror={(event) => console.warn(event.detail.attribute, event.detail.message)}
      >
        <p>fallback content</p>
      </graph-backprop>
      <neuron-backprop
        ref={neuron}
        x={1.5}
        w="0.8"
        b={-0.4}
        y={1}
        wrt="b"
        learningRate={0.5}
        learning-rate="0.5"
        onchange={(event) => console.log(event.detail)}
      />
      <chain-rule-gears ratios="2 3" input={1} labels={['lever', 'gear']} units="cm, °" value={2} />
      <layer-delta
        sizes="2 2 1"
        activation="tanh"
        loss="mse"
        seed={3}
        x={[1, -1]}
        y="1"
        weights={[
          [
            [0.5, -0.25],
            [1, 0.75],
          ],
          [[0.2, -0.4]],
        ]}
        biases={[[0, 0], [0]]}
        onbackward-step={(event) => console.log(event.detail.step)}
        onlayer-select={(event) => console.log(event.detail.layer)}
      />
    </div>
  );
}

export function Rejected() {
  return (
    <div>
      {/* @ts-expect-error: gradients is read-only; a framework setting it would change nothing */}
      <neuron-backprop gradients={{ w: 1, b: 1, x: 1 }} />
      {/* @ts-expect-error: totalSteps is read-only */}
      <graph-backprop totalSteps={3} />
      {/* @ts-expect-error: product is read-only */}
      <chain-rule-gears product={6} />
      {/* @ts-expect-error: deltas is read-only */}
      <layer-delta deltas={[]} />
      {/* @ts-expect-error: mode is reverse or forward */}
      <graph-backprop mode="sideways" />
      {/* @ts-expect-error: a misspelt attribute */}
      <graph-backprop exprs="x*x" />
      {/* @ts-expect-error: a misspelt property */}
      <neuron-backprop learningrate={0.5} />
      {/* @ts-expect-error: forward-step's detail has a tangent, not a gradient */}
      <graph-backprop onforward-step={(event) => console.log(event.detail.grad)} />
      {/* @ts-expect-error: backward-step's detail has no `node` */}
      <graph-backprop onbackward-step={(event) => console.log(event.detail.node)} />
      {/* @ts-expect-error: the handler wants a different event */}
      <chain-rule-gears onchange={(event: CustomEvent<{ layer: number }>) => event.detail.layer} />
      {/* @ts-expect-error: ratios are numbers */}
      <chain-rule-gears ratios={['two', 'three']} />
    </div>
  );
}
