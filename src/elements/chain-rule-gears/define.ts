/** Registers `<chain-rule-gears>`; loading this module twice is harmless. */
import { ChainRuleGears } from './chain-rule-gears.js';

ChainRuleGears.define();

export { ChainRuleGears };

declare global {
  interface HTMLElementTagNameMap {
    'chain-rule-gears': ChainRuleGears;
  }
}
