// The README's React 19 snippet, verbatim (scripts/build-apps.mjs checks that it is).
import type {} from 'backprop-elements/react'; // the tags in JSX, typed
import 'backprop-elements/graph-backprop';
import 'backprop-elements/chain-rule-gears';
import { setFontBase } from 'backprop-elements';
import { useState } from 'react';

setFontBase('/katex-fonts/'); // public/katex-fonts/ holds katex/dist/fonts/*.woff2

export function Lesson() {
  const [product, setProduct] = useState<number | null>(6); // null while ask hides it
  return (
    <>
      <graph-backprop
        expr="relu(w*x + b)"
        values="x=1.5, w=2, b=-1"
        onbackward-step={(event) => console.log(event.detail.step, event.detail.total)}
        onerror={(event) => console.warn(event.detail.attribute, event.detail.message)}
      />
      <chain-rule-gears ratios={[2, 3]} onchange={(event) => setProduct(event.detail.product)} />
      <p>product {product}</p>
    </>
  );
}
