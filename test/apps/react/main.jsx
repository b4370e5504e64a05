// A React 19 app using the packed package: every attribute and settable property as a prop,
// every event through an `on<event>` prop, and the README's font step. Each element is
// rendered the way JSX renders `<graph-backprop expr={...} onnode-select={...} />`.
import { StrictMode, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'backprop-elements/all';
import { setFontBase } from 'backprop-elements';
import { ELEMENTS } from '../shared/elements.ts';
import { STATE_COUNT, logLine, misusedAt, propsAt } from '../shared/states.ts';

setFontBase('./katex-fonts/');

function App() {
  const [index, setIndex] = useState(0);
  const [log, setLog] = useState([]);
  const record = (tag) => (event) => setLog((lines) => [...lines, logLine(tag, event)]);
  const handlers = ({ tag, events }) =>
    Object.fromEntries(events.map((type) => [`on${type}`, record(tag)]));
  return (
    <main>
      <button id="next" onClick={() => setIndex((i) => Math.min(i + 1, STATE_COUNT - 1))}>
        next
      </button>
      <output id="state">{index}</output>
      {ELEMENTS.map((element) =>
        createElement(element.tag, {
          key: element.tag,
          ...propsAt(element, index),
          ...handlers(element),
          ...misusedAt(element, index),
        }),
      )}
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
