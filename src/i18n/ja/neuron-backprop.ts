import type { Messages } from '../../internal/i18n.js';

/** The ja messages of <neuron-backprop>. */
export const messages: Messages = {
  // neuron-backprop
  'neuron-backprop.pipeline.label': 'ニューロン：入力から損失まで',
  'neuron-backprop.trace.x': '入力：xに関する勾配をたどる',
  'neuron-backprop.trace.w': '重み：wに関する勾配をたどる',
  'neuron-backprop.trace.b': 'バイアス：bに関する勾配をたどる',
  'neuron-backprop.stage.z': 'z、重み付き和 wかけるxたすb：{w}かける{x}たす{b}は{z}',
  'neuron-backprop.stage.a': 'a、zのシグモイドは{a}',
  'neuron-backprop.stage.l': 'L、ラベルy = {y}に対するaの交差エントロピー損失は{loss}',
  'neuron-backprop.hint': 'x、w、bを押すと、その勾配をたどります。',
  'neuron-backprop.trace.group': '勾配をたどる変数',
  'neuron-backprop.role.x': '入力',
  'neuron-backprop.role.w': '重み',
  'neuron-backprop.role.b': 'バイアス',
  'neuron-backprop.role.y': 'ラベル',
  'neuron-backprop.stepButton': '勾配ステップ',
  'neuron-backprop.resetButton': 'リセット',
  'neuron-backprop.step.before': '1ステップで、wとbをそれぞれ{rate} × 勾配だけ動かします。',
  'neuron-backprop.step.lower': '損失 {before} → {after}（減少）',
  'neuron-backprop.step.higher': '損失 {before} → {after}（増加：学習率を小さくしてみましょう）',
  'neuron-backprop.step.same': '損失 {before} → {after}',
  'neuron-backprop.step.moves': 'w {wBefore} → {wAfter}、b {bBefore} → {bAfter}',
  'neuron-backprop.plot.label':
    '{symbol}を{min}から{max}まで変えたときの損失のグラフ。{symbol} = {value}で損失は{loss}、接線の傾き（つまり勾配）は{slope}です。',
  'neuron-backprop.plot.legend': '{symbol}に対する損失。接線の傾きは{slope}',
  'neuron-backprop.plot.before':
    '破線：直前のステップの前の曲線と点。1回のステップで w と b が同時に動くので、点だけでなく曲線も動きます。',
  'neuron-backprop.factors.label': 'このニューロンの連鎖律',
  'neuron-backprop.factor.numbered': '{number}. {title}',
  'neuron-backprop.factor.dLda': '活性化に対する損失の微分',
  'neuron-backprop.factor.dadz': 'シグモイドの傾き',
  'neuron-backprop.factor.dz': '{symbol}に対する重み付き和の微分',
  'neuron-backprop.route.multiply': '掛け算',
  'neuron-backprop.route.simplify': '簡略化',
  'neuron-backprop.agree': '✓ どちらの計算も一致：∂L/∂{symbol} = {gradient}',
  'neuron-backprop.disagree': '2つの計算結果が異なります：∂L/∂{symbol} = {gradient}',
  'neuron-backprop.check.label': '勾配チェック',
  'neuron-backprop.check.title': '∂L/∂{symbol}を確かめる',
  'neuron-backprop.check.backprop': '誤差逆伝播 {value}',
  'neuron-backprop.check.numeric': '有限差分 {value}',
  'neuron-backprop.check.error': '相対誤差 {value}',
  'neuron-backprop.say.gradient.w':
    'wに関する損失の勾配は{gradient}です。Lをaで微分した{dLda}、aをzで微分した{dadz}、zをwで微分したもの、つまりxの{dz}を掛け合わせた値です。',
  'neuron-backprop.say.gradient.b':
    'bに関する損失の勾配は{gradient}です。Lをaで微分した{dLda}、aをzで微分した{dadz}、zをbで微分したもの、つまり1の{dz}を掛け合わせた値です。',
  'neuron-backprop.say.gradient.x':
    'xに関する損失の勾配は{gradient}です。Lをaで微分した{dLda}、aをzで微分した{dadz}、zをxで微分したもの、つまりwの{dz}を掛け合わせた値です。',
  'neuron-backprop.say.change': '{name}は{value}。aは{a}、損失は{loss}。',
  'neuron-backprop.say.step.fell':
    '学習率{rate}で勾配ステップ：wは{wBefore}から{wAfter}へ、bは{bBefore}から{bAfter}へ動き、損失は{before}から{after}に下がりました。',
  'neuron-backprop.say.step.rose':
    '学習率{rate}で勾配ステップ：wは{wBefore}から{wAfter}へ、bは{bBefore}から{bAfter}へ動き、損失は{before}から{after}に上がりました。',
  'neuron-backprop.say.step.stayed':
    '学習率{rate}で勾配ステップ：wは{wBefore}から{wAfter}へ、bは{bBefore}から{bAfter}へ動き、損失は{after}のままです。',
  'neuron-backprop.say.traced': '{symbol}をたどります。',
  'neuron-backprop.say.reset': '初期値に戻しました。',
  'neuron-backprop.ask.value': '{symbol} を予想してください',
  'neuron-backprop.hint.sum': '因数はチェーンに沿って掛け合わされます。足し合わせません。',
  'neuron-backprop.hint.missing': '因数がひとつ足りません。{symbol} も掛けてください。',
  'neuron-backprop.hint.sigmoid': 'それは a そのものです。シグモイドの傾きは a(1 − a) です。',
  'neuron-backprop.hint.input':
    'z = wx + b は、{symbol} に掛かっているものの割合で {symbol} とともに変わります。',
  'neuron-backprop.hint.rule': '規則を使います: {rule}。',
  'neuron-backprop.plot.labelHidden':
    '{symbol}を{min}から{max}まで変えたときの損失のグラフ。{symbol} = {value}で損失は{loss}。接線は答えるまで非表示です。',
};
