import { expect } from '@open-wc/testing';
import { OP_RULES, OPS, type OpName } from '../../src/core/index.js';

/** The details panel shows one rule per input of every op, and the rule with numbers in. */
describe('OP_RULES', () => {
  for (const name of Object.keys(OPS) as OpName[]) {
    it(`gives ${name} one rule and one plugged-in rule per input`, () => {
      const { arity } = OPS[name];
      const rules = OP_RULES[name];
      expect(rules.rules, 'rules').to.have.length(arity);
      const plugged = rules.plugged(['2', '3'].slice(0, arity), '5');
      expect(plugged, 'plugged').to.have.length(arity);
      for (const tex of [...rules.rules, ...plugged])
        expect(tex).to.be.a('string').and.not.equal('');
    });
  }

  it('plugs the inputs and the output into the rule', () => {
    expect(OP_RULES.mul.plugged(['2', '3'], '6')).to.deep.equal(['3', '2']);
    expect(OP_RULES.sigmoid.plugged(['0'], '0.5')).to.deep.equal(['0.5 \\cdot (1 - 0.5)']);
  });
});
