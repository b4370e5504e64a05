import type { Messages } from '../../internal/i18n.js';

/** The ja messages of <chain-rule-gears>. */
export const messages: Messages = {
  // chain-rule-gears
  'chain-rule-gears.name.lever': 'レバー',
  'chain-rule-gears.name.gear': '歯車{number}',
  'chain-rule-gears.unit.lever': 'cm',
  'chain-rule-gears.unit.gear': '°',
  'chain-rule-gears.spoken.degrees': { other: '{value}度' },
  'chain-rule-gears.spoken.amount': '{value} {unit}',
  'chain-rule-gears.diagram': { other: '{lever}が{count}個の歯車を回す仕組み' },
  'chain-rule-gears.lever.name': '{lever}の変位',
  'chain-rule-gears.lever.valueText': '{amount}、{last}の回転は{lastAmount}',
  'chain-rule-gears.lever.hint':
    'ドラッグするか、矢印キーで0.1ずつ動かします。Shiftを押しながら矢印キー、またはPage UpとPage Downで1ずつ動き、HomeとEndで両端に移動します。',
  'chain-rule-gears.gear.label': '{name}：ギア比{ratio}、回転量{amount}',
  'chain-rule-gears.gear.labelReversed': '{name}：ギア比{ratio}、逆回転、回転量{amount}',
  'chain-rule-gears.gear.labelDisengaged':
    '{name}：かみ合っていません。ギア比0なので回転しません。回転量{amount}',
  'chain-rule-gears.readouts': '各段の変位',
  'chain-rule-gears.gear.withDirection': '{label}、{direction}',
  'chain-rule-gears.direction.clockwise': '時計回りを正として数える',
  'chain-rule-gears.direction.counterclockwise': '反時計回りを正として数える',
  'chain-rule-gears.convention':
    'かみ合う歯車は互いに逆向きに回ります。各歯車の角度はそれぞれの矢印の向きを正として数えるので、ギア比が正なら、回している側の歯車の読みと同じ符号になります。',
  'chain-rule-gears.formula.title': '連鎖律：歯車ごとに1つの因子',
  'chain-rule-gears.formula.total': '{first}に対する{last}の微分は{value}',
  'chain-rule-gears.formula.factor': '{name}の因子：{previous}に対する{name}の微分は{value}',
  'chain-rule-gears.formula.summary': '{lever}が{unitStep}動くごとに、{last}は{amount}回転します。',
  'chain-rule-gears.reset': '{lever}を{amount}に戻す',
  'chain-rule-gears.narration.lever': '{name}は{amount}',
  'chain-rule-gears.narration.gear': '{name}は{amount}回転：{ratio}かける{before}',
  'chain-rule-gears.narration.separator': '、',
  'chain-rule-gears.narration.sentence': '{clauses}。',
  'chain-rule-gears.ask.product': 'チェーン全体の微分 d {last} / d {lever} を予想してください',
  'chain-rule-gears.hint.sum':
    '効果はチェーンに沿って掛け合わされます。各歯車は、自分を動かしたものの比倍だけ回ります。',
  'chain-rule-gears.hint.partial': 'それは歯車ひとつ分だけです。チェーンのすべての比が効きます。',
  'chain-rule-gears.hint.rule': 'チェーンに沿って比を掛け合わせます: {factors}。',
  'chain-rule-gears.formula.totalHidden': 'd {last} / d {first}: 答えるまで非表示',
  'chain-rule-gears.gear.labelHidden': '{name}: 比 {ratio}。回転は答えるまで非表示',
};
