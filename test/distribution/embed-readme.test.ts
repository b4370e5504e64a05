import { expect } from '@open-wc/testing';
import { parentResizeScript } from '../../src/embed/parent-resize.js';

/** The README's parent-side resize script is the one the builder writes and the tests run. */
describe("the README's resize script", () => {
  it('is the builder’s script, for the origin it names', async () => {
    const readme = await (await fetch('/README.md')).text();
    const block = [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
      .map((match) => match[1].trimEnd())
      .find((code) => code.includes("'backprop-elements:height'"));
    expect(block, 'README.md has the resize script').to.exist;
    const origin = /event\.origin !== "([^"]+)"/.exec(block!)?.[1];
    expect(origin, 'the script names an origin').to.match(/^https:\/\//);
    expect(block).to.equal(parentResizeScript(origin!));
  });
});
