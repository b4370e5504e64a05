import { expect } from '@open-wc/testing';
import { GradNode, OPS, type OpName } from '../../../src/core/index.js';
import { nodeKind, nodeName } from '../../../src/elements/graph-backprop/describe.js';
import { opDescription } from '../../../src/elements/graph-backprop/views/panel-tex.js';
import { ENGLISH } from '../../../src/internal/localizer.js';

/**
 * Every op the core can parse is named in words (its kind, `graph-backprop.kind.<op>`) and
 * described in the details panel (`graph-backprop.op.<op>`): an op added to the core without
 * its words would show a message key.
 */
describe('graph-backprop describe', () => {
  for (const op of Object.keys(OPS) as OpName[]) {
    it(`names and describes the ${op} node in words`, () => {
      const node = new GradNode(op, [], 0);
      const kind = nodeKind(node, ENGLISH);
      expect(kind).to.not.contain('graph-backprop.');
      expect(kind).to.match(/node$/);
      expect(nodeName(node, ENGLISH)).to.equal(`the ${kind}`);
      const description = opDescription(node, ENGLISH);
      expect(description).to.not.contain('graph-backprop.');
      expect(description.length).to.be.greaterThan(10);
    });
  }
});
