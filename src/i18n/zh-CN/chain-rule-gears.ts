import type { Messages } from '../../internal/i18n.js';

/** The zh-CN messages of <chain-rule-gears>. */
export const messages: Messages = {
  // chain-rule-gears
  'chain-rule-gears.name.lever': '杠杆',
  'chain-rule-gears.name.gear': '{number} 号齿轮',
  'chain-rule-gears.unit.lever': '厘米',
  'chain-rule-gears.unit.gear': '°',
  'chain-rule-gears.spoken.degrees': { other: '{value} 度' },
  'chain-rule-gears.spoken.amount': '{value} {unit}',
  'chain-rule-gears.diagram': { other: '{lever}带动 {count} 个齿轮' },
  'chain-rule-gears.lever.name': '{lever}位移',
  'chain-rule-gears.lever.valueText': '{amount}；{last}转动 {lastAmount}',
  'chain-rule-gears.lever.hint':
    '拖动，或用方向键每次移动 0.1；按住 Shift 再按方向键，或按 Page Up、Page Down，每次移动 1；Home 和 End 移到两端。',
  'chain-rule-gears.gear.label': '{name}：传动比 {ratio}；已转动 {amount}',
  'chain-rule-gears.gear.labelReversed': '{name}：传动比 {ratio}，反向转动；已转动 {amount}',
  'chain-rule-gears.gear.labelDisengaged': '{name}：未啮合，传动比为 0，不会转动；已转动 {amount}',
  'chain-rule-gears.readouts': '各级的位移',
  'chain-rule-gears.gear.withDirection': '{label}，{direction}',
  'chain-rule-gears.direction.clockwise': '按顺时针计正',
  'chain-rule-gears.direction.counterclockwise': '按逆时针计正',
  'chain-rule-gears.convention':
    '相互啮合的齿轮转向相反。每个齿轮的角度都沿它自己的箭头方向计为正，所以传动比为正时，读数与带动它的齿轮的读数符号相同。',
  'chain-rule-gears.formula.title': '链式法则：每个齿轮一个因子',
  'chain-rule-gears.formula.total': '{last}对{first}的导数等于 {value}',
  'chain-rule-gears.formula.factor': '{name}的因子：{name}对{previous}的导数等于 {value}',
  'chain-rule-gears.formula.summary': '{lever}每移动 {unitStep}，{last}就转动 {amount}。',
  'chain-rule-gears.reset': '将{lever}复位到 {amount}',
  'chain-rule-gears.narration.lever': '{name}位于 {amount}',
  'chain-rule-gears.narration.gear': '{name}转动 {amount}：{ratio} 乘以 {before}',
  'chain-rule-gears.narration.separator': '；',
  'chain-rule-gears.narration.sentence': '{clauses}。',
  'chain-rule-gears.ask.product': '预测 d {last} / d {lever}，即整条链的导数',
  'chain-rule-gears.hint.sum': '效应沿着链相乘：每个齿轮转动的量是它的传动比乘以带动它的量。',
  'chain-rule-gears.hint.partial': '这只是一个齿轮：链上的每个传动比都要算进去。',
  'chain-rule-gears.hint.rule': '沿着链把传动比相乘：{factors}。',
  'chain-rule-gears.formula.totalHidden': 'd {last} 比 d {first}：回答前隐藏',
  'chain-rule-gears.gear.labelHidden': '{name}：传动比 {ratio}；它的转动在回答前隐藏',
};
