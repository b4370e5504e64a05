import { expect } from '@open-wc/testing';
import { checkGradient, ExpressionGraph, gradients } from '../../src/core/index.js';
import { readmeBlocks } from '../distribution/readme-blocks.js';

/**
 * The README's core snippet, run as written (its import pointed at the sources), and the
 * results its comments promise. The page snippets run in test/distribution/readme-pages.test.ts.
 */
async function readmeSnippet(): Promise<string> {
  const [snippet] = await readmeBlocks('## The core on its own', 'ts');
  expect(snippet, 'the core section has a ts snippet').to.exist;
  return snippet;
}

describe("the README's core snippet", () => {
  it('runs as written', async () => {
    const source = (await readmeSnippet()).replace(
      "from 'backprop-elements/core'",
      `from '${location.origin}/src/core/index.ts'`,
    );
    expect(source).to.contain(`${location.origin}/src/core/index.ts`);
    const logged: unknown[][] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void logged.push(args);
    try {
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      await import(/* @vite-ignore */ url);
    } finally {
      console.log = log;
    }
    expect(logged.length, 'both loops log their steps').to.be.greaterThan(3);
  });

  it('gives the numbers its comments show', () => {
    const result = gradients('sigmoid(w*x + b)', { x: 2, w: -1, b: 0.5 });
    expect(result.value).to.be.closeTo(0.182, 5e-4);
    expect(result.grads.w).to.be.closeTo(0.298, 5e-4);
    expect(result.grads.x).to.be.closeTo(-0.149, 5e-4);
    expect(result.grads.b).to.be.closeTo(0.149, 5e-4);
    const graph = new ExpressionGraph('x*x + x');
    graph.setValues({ x: 3 });
    graph.forwardTangents('x');
    expect(graph.output.tangent).to.equal(7);
    const check = checkGradient(graph, 'x');
    expect(check.autodiff).to.equal(7);
    expect(check.numeric).to.be.closeTo(7, 1e-6);
  });
});
