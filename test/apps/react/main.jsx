// A React 19 app using the packed package: every attribute and settable property as a prop,
// every event through an `on<event>` prop, and the README's font step.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'backprop-elements/all';
import { setFontBase } from 'backprop-elements';
import { MISUSED, STATES, logLine } from '../shared/states.ts';

setFontBase('./katex-fonts/');

function App() {
  const [index, setIndex] = useState(0);
  const [log, setLog] = useState([]);
  const { gears, neuron, graph, layer, misuse } = STATES[index];
  const record = (tag) => (event) => setLog((lines) => [...lines, logLine(tag, event)]);
  const misused = (tag) => (misuse ? MISUSED[tag] : {});
  return (
    <main>
      <button id="next" onClick={() => setIndex((i) => Math.min(i + 1, STATES.length - 1))}>
        next
      </button>
      <output id="state">{index}</output>
      <chain-rule-gears
        ratios={gears.ratios}
        input={gears.input}
        labels={gears.labels}
        units={gears.units}
        value={gears.value}
        oninput={record('chain-rule-gears')}
        onchange={record('chain-rule-gears')}
        onerror={record('chain-rule-gears')}
        {...misused('chain-rule-gears')}
      />
      <neuron-backprop
        x={neuron.x}
        w={neuron.w}
        b={neuron.b}
        y={neuron.y}
        wrt={neuron.wrt}
        learningRate={neuron.learningRate}
        oninput={record('neuron-backprop')}
        onchange={record('neuron-backprop')}
        onerror={record('neuron-backprop')}
        {...misused('neuron-backprop')}
      />
      <graph-backprop
        expr={graph.expr}
        values={graph.values}
        selected={graph.selected}
        mode={graph.mode}
        wrt={graph.wrt}
        editable={graph.editable}
        step={graph.step}
        onnode-select={record('graph-backprop')}
        onbackward-step={record('graph-backprop')}
        onforward-step={record('graph-backprop')}
        oninput={record('graph-backprop')}
        onchange={record('graph-backprop')}
        onerror={record('graph-backprop')}
        {...misused('graph-backprop')}
      />
      <layer-delta
        sizes={layer.sizes}
        activation={layer.activation}
        loss={layer.loss}
        seed={layer.seed}
        x={layer.x}
        y={layer.y}
        weights={layer.weights}
        biases={layer.biases}
        onlayer-select={record('layer-delta')}
        onbackward-step={record('layer-delta')}
        oninput={record('layer-delta')}
        onchange={record('layer-delta')}
        onerror={record('layer-delta')}
        {...misused('layer-delta')}
      />
      <ol id="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </main>
  );
}

createRoot(document.getElementById('app')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
