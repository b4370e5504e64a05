import type { Messages } from '../internal/i18n.js';

/** Japanese. Terms follow GLOSSARY.md; keys and placeholders match English exactly. */
export const messages: Messages = {
  // shared: attribute notes, numbers
  'attr.expected': '{expected}が必要です',
  'attr.expectedGot': '{expected}が必要です（実際は{got}）',
  'attr.listEntry': '{expected}が必要です。「{entry}」は{kind}ではありません',
  'attr.nothing': '空',
  'attr.emptyEntry': '空の項目',
  'attr.notFinite': '有限でない値',
  'attr.quoted': '「{text}」',
  'attr.number': '数値',
  'attr.numberFromTo': '{min}から{max}までの数値',
  'attr.numberAtLeast': '{min}以上の数値',
  'attr.numberAtMost': '{max}以下の数値',
  'attr.whole': '整数',
  'attr.wholeFromTo': '{min}から{max}までの整数',
  'attr.wholeAtLeast': '{min}以上の整数',
  'attr.wholeAtMost': '{max}以下の整数',
  'attr.list': { other: 'スペースかカンマで区切った{count}個の{kind}' },
  'attr.listBetween': 'スペースかカンマで区切った{min}～{max}個の{kind}',
  'attr.numbers': '数値',
  'attr.numbersFromTo': '{min}から{max}までの数値',
  'attr.numbersAtLeast': '{min}以上の数値',
  'attr.numbersAtMost': '{max}以下の数値',
  'attr.wholes': '整数',
  'attr.wholesFromTo': '{min}から{max}までの整数',
  'attr.wholesAtLeast': '{min}以上の整数',
  'attr.wholesAtMost': '{max}以下の整数',
  'attr.assignments': 'カンマで区切った「名前=数値」の組（例：「x=2, w=-1」）',
  'attr.assignmentMissing': '{expected}が必要です。「{pair}」が「名前=数値」の形になっていません',
  'attr.assignmentNumber': '{name}には数値が必要です（実際は{got}）',
  'attr.oneOf': '{choices}のいずれかが必要です（実際は{got}）',
  'attr.labels': 'カンマで区切った短い名前のリストが必要です',
  'attr.labelsAtMost': 'カンマで区切った名前は{max}個までです',
  'number.minus': 'マイナス{value}',
  'problem.readOnly': '{property}は読み取り専用です。設定した値は無視されました',

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
  'chain-rule-gears.formula.title': '連鎖律：歯車ごとに1つの因子',
  'chain-rule-gears.formula.total': '{first}に対する{last}の微分は{value}',
  'chain-rule-gears.formula.factor': '{name}の因子：{previous}に対する{name}の微分は{value}',
  'chain-rule-gears.formula.summary': '{lever}が{unitStep}動くごとに、{last}は{amount}回転します。',
  'chain-rule-gears.reset': '{lever}を{amount}に戻す',
  'chain-rule-gears.narration.lever': '{name}は{amount}',
  'chain-rule-gears.narration.gear': '{name}は{amount}回転：{ratio}かける{before}',
  'chain-rule-gears.narration.separator': '、',
  'chain-rule-gears.narration.sentence': '{clauses}。',

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

  // graph-backprop
  'graph-backprop.kind.add': '加算ノード',
  'graph-backprop.kind.sub': '減算ノード',
  'graph-backprop.kind.mul': '乗算ノード',
  'graph-backprop.kind.div': '除算ノード',
  'graph-backprop.kind.pow': 'べき乗ノード',
  'graph-backprop.kind.neg': '符号反転ノード',
  'graph-backprop.kind.exp': '指数関数ノード',
  'graph-backprop.kind.log': '対数ノード',
  'graph-backprop.kind.sqrt': '平方根ノード',
  'graph-backprop.kind.sin': 'サインノード',
  'graph-backprop.kind.cos': 'コサインノード',
  'graph-backprop.kind.tanh': '双曲線正接ノード',
  'graph-backprop.kind.sigmoid': 'シグモイドノード',
  'graph-backprop.kind.relu': 'ReLUノード',
  'graph-backprop.kind.abs': '絶対値ノード',
  'graph-backprop.kind.bce': '二値交差エントロピーノード',
  'graph-backprop.kind.bce_logits': 'ロジットからの二値交差エントロピーノード',
  'graph-backprop.kind.mse': '二乗誤差ノード',
  'graph-backprop.kind.variable': '変数',
  'graph-backprop.kind.constant': '定数',
  'graph-backprop.name.op': '{kind}',
  'graph-backprop.name.constant': '定数{value}',
  'graph-backprop.op.add': '入力を足し合わせます。勾配はそのまま両方の入力に伝わります。',
  'graph-backprop.op.sub':
    '1つ目の入力から2つ目の入力を引きます。勾配は1つ目にはそのまま、2つ目には符号を反転して伝わります。',
  'graph-backprop.op.mul': '入力を掛け合わせます。各入力の局所勾配は、もう一方の入力です。',
  'graph-backprop.op.div': '1つ目の入力を2つ目の入力で割ります。',
  'graph-backprop.op.pow': '1つ目の入力を底、2つ目の入力を指数としてべき乗します。',
  'graph-backprop.op.neg': '符号を反転します。勾配の符号も反転します。',
  'graph-backprop.op.exp': '指数関数です。局所勾配は自分自身の出力です。',
  'graph-backprop.op.log': '自然対数です。局所勾配は入力の逆数です。',
  'graph-backprop.op.sqrt': '平方根です。局所勾配は出力の2倍の逆数です。',
  'graph-backprop.op.sin': 'サイン（正弦）です。局所勾配は入力のコサインです。',
  'graph-backprop.op.cos': 'コサイン（余弦）です。局所勾配は入力のサインの符号を反転したものです。',
  'graph-backprop.op.tanh': '双曲線正接です。局所勾配は1から出力の2乗を引いたものです。',
  'graph-backprop.op.sigmoid':
    '入力を(0, 1)の範囲に押し込めます。局所勾配は、出力と「1ひく出力」の積です。',
  'graph-backprop.op.relu':
    '正の入力はそのまま、負の入力は0にします。勾配は入力が正のときだけ伝わります。',
  'graph-backprop.op.abs': '絶対値です。局所勾配は入力の符号です（0では0）。',
  'graph-backprop.op.bce':
    '予測確率pとラベルyの二値交差エントロピーです。pがyに近いほど小さくなります。',
  'graph-backprop.op.bce_logits':
    'ラベルyと確率sigmoid(z)の二値交差エントロピーです。z自体から計算するので、zが大きくても正確です。',
  'graph-backprop.op.mse': '予測pと目標yの二乗誤差です。',
  'graph-backprop.diagram': '{expr}の計算グラフ',
  'graph-backprop.node.label': '{name}、値{value}、勾配{gradient}',
  'graph-backprop.node.labelSoFar': '{name}、値{value}、ここまでの勾配{gradient}',
  'graph-backprop.node.labelUnreached': '{name}、値{value}、勾配はまだ届いていません',
  'graph-backprop.variable.label': '{name}、勾配{gradient}',
  'graph-backprop.variable.labelSoFar': '{name}、ここまでの勾配{gradient}',
  'graph-backprop.variable.labelUnreached': '{name}、勾配はまだ届いていません',
  'graph-backprop.hint.variable':
    '左右の矢印キーで値を{fine}ずつ、Page UpとPage Downで{coarse}ずつ変え、HomeとEndで両端に移動します。上下の矢印キーで他のノードに移り、Enterで詳細を開きます。横にドラッグしても変えられます。',
  'graph-backprop.hint.node': 'Enterかスペースキーで詳細を開き、矢印キーで他のノードに移ります。',
  'graph-backprop.edge.local': '局所',
  'graph-backprop.tex.out': '出力',
  'graph-backprop.tex.upstream': '上流',
  'graph-backprop.tex.local': '局所',
  'graph-backprop.caption.single': '入力が1つだけです。自分自身に関する勾配は1です。',
  'graph-backprop.caption.start':
    '順伝播の値が出そろいました。「ステップ」を押すと、勾配が出力から逆向きに送られます。出力での勾配は1から始まります。',
  'graph-backprop.caption.stepTitle': 'ステップ{step}/{total}：',
  'graph-backprop.caption.step':
    '{name}は、自分の勾配{gradient}に各入力の局所勾配を掛けて、それぞれの入力に渡します。',
  'graph-backprop.caption.doneTitle': '完了。',
  'graph-backprop.caption.done':
    'すべての勾配がそろいました。各変数の勾配は、そこに届いた分の合計です：',
  'graph-backprop.controls': '逆伝播',
  'graph-backprop.button.step': 'ステップ',
  'graph-backprop.button.play': '再生',
  'graph-backprop.button.pause': '一時停止',
  'graph-backprop.button.reset': 'リセット',
  'graph-backprop.counter': 'ステップ{step}/{total}',
  'graph-backprop.domain.title': '計算できません：',
  'graph-backprop.domain.body': '{message}（{name}、{id}）。値を変えると続けられます。',
  'graph-backprop.expression.label': '式',
  'graph-backprop.expression.help': '{first}、{second}、{third}などを試してみましょう。',
  'graph-backprop.expression.failure':
    '読み取れません：{message}。下のグラフは、最後に読み取れた式のものです。',
  'graph-backprop.panel.variable': '変数{name}',
  'graph-backprop.panel.close': '詳細を閉じる',
  'graph-backprop.panel.aboutVariable':
    '変更できる入力です。横にドラッグするか、矢印キーを使うか、ここに値を入力してください。',
  'graph-backprop.panel.aboutConstant':
    '固定された数です。他の入力と同じく勾配を持ちますが、変更はできません。',
  'graph-backprop.panel.upstream': 'ここに届く上流の勾配：',
  'graph-backprop.panel.outputSeed': '（出力自身の勾配は常に1）',
  'graph-backprop.panel.input': '入力{letter} = {name}（{value}）',
  'graph-backprop.panel.isOutput': 'これは出力なので、勾配は1です。',
  'graph-backprop.panel.uses': {
    other: 'これを読み取る{count}か所それぞれの「上流 × 局所」の合計が、この勾配です：',
  },
  'graph-backprop.panel.via': '{name}経由：',
  'graph-backprop.value.label': '{name}の値',
  'graph-backprop.value.invalid': '{example}のような数を入力してください',
  'graph-backprop.check.title': '有限差分によるチェック',
  'graph-backprop.check.nudge': '小さなずらし幅 h = {h}',
  'graph-backprop.check.compare':
    '誤差逆伝播では{autodiff}、入力を少しずらして求めると{numeric}です。',
  'graph-backprop.check.agree': '✓ 一致しています。',
  'graph-backprop.check.differ': '✗ 一致しません。',
  'graph-backprop.say.start': '最初に戻りました。勾配があるのは出力だけで、その値は1です。',
  'graph-backprop.say.step':
    '全{total}ステップ中{step}ステップ目：{name}が勾配{gradient}を渡します。',
  'graph-backprop.say.contribution':
    '{name}は{contribution}を受け取ります：上流{upstream}かける局所{local}。',
  'graph-backprop.say.done': 'すべての勾配が求まりました。',
  'graph-backprop.say.playStep': '全{total}ステップ中{step}ステップ目：{name}。',
  'graph-backprop.say.selected': '{name}（{kind}）を選択：値{value}、勾配{gradient}。',
  'graph-backprop.say.variable': '{name}は{value}。出力は{output}、{name}の勾配は{gradient}。',
  'graph-backprop.say.variableProblem': '{name}は{value}。計算できません：{problem}。',
  'graph-backprop.say.newGraph': { other: '新しいグラフ：出力{output}、逆伝播は{count}ステップ。' },
  'graph-backprop.say.paused': '全{total}ステップ中{step}ステップ目で一時停止しました。',
  'graph-backprop.say.closed': '詳細を閉じました。',
  'graph-backprop.mode.legend': 'モード',
  'graph-backprop.mode.reverse': 'リバースモード（逆方向）',
  'graph-backprop.mode.forward': 'フォワードモード',
  'graph-backprop.wrt.label': '接線を追う変数',
  'graph-backprop.forward.controls': 'フォワードモードの伝播',
  'graph-backprop.forward.button': '1ステップ進む',
  'graph-backprop.forward.label': '{name}、値{value}、接線{tangent}',
  'graph-backprop.forward.labelUnreached': '{name}、値{value}、接線はまだ届いていません',
  'graph-backprop.forward.start':
    'フォワードモード：{wrt}の接線は1から、ほかの入力の接線は0から始まります。「1ステップ進む」を押すと、1ノードずつ前へ運ばれます。',
  'graph-backprop.forward.stepTitle': 'ステップ{step}/{total}：',
  'graph-backprop.forward.step':
    '{name}は入力ごとの局所勾配 × 入力の接線を足し合わせます。その接線は{tangent}です。',
  'graph-backprop.forward.doneTitle': '完了。',
  'graph-backprop.forward.done':
    '出力の接線{tangent}は{wrt}に関する勾配です。逆伝播でも{wrt}の勾配は{gradient}になります。',
  'graph-backprop.forward.tally': {
    other:
      'この出力の勾配をすべて求めるには、フォワードモードでは{count}回のパス（入力ごとに1回）、リバースモードでは1回（出力ごとに1回）が必要です。',
  },
  'graph-backprop.tex.tangentTitle': '接線',
  'graph-backprop.say.forwardStep':
    '全{total}ステップ中{step}ステップ目：{name}の接線は{tangent}。',
  'graph-backprop.say.forwardDone':
    '出力の接線{tangent}は、逆伝播で求めた{wrt}の勾配と等しくなります。',
  'graph-backprop.say.mode.reverse': 'リバースモード：勾配が出力から逆向きに流れます。',
  'graph-backprop.say.mode.forward': 'フォワードモード：{wrt}の接線を追っています。',
  'graph-backprop.problem.unknownVariable':
    '「{name}」は{expr}の変数ではありません（変数は{names}）',
  'graph-backprop.problem.unknownVariableNone':
    '「{name}」は{expr}の変数ではありません。この式には変数がありません',
  'graph-backprop.problem.selected':
    '変数名（{names}）か、n0から{last}までのノードIDが必要です（実際は「{got}」）',
  'graph-backprop.problem.selectedNoVariables':
    'n0から{last}までのノードIDが必要です（実際は「{got}」）',
  'graph-backprop.problem.confusingName':
    '「{name}」は書き損じた数に見えます。別の変数名にしてください',
  'graph-backprop.problem.wrt':
    '「{name}」は{expr}の変数ではありません。フォワードモードで追えるのは{names}です',
  'graph-backprop.problem.parse': '式を読み取れません：{message}',

  // layer-delta
  'layer-delta.layer.input': '入力層',
  'layer-delta.layer.output': '出力層',
  'layer-delta.layer.hidden': '隠れ層{number}',
  'layer-delta.heading.hidden': '隠れ層{number}',
  'layer-delta.heading.output': '出力',
  'layer-delta.heading.loss': '損失',
  'layer-delta.unit': '{layer}のユニット{number}',
  'layer-delta.weight': '{from}から{to}への重み',
  'layer-delta.step': '逆向きに1ステップ',
  'layer-delta.run': '入力層まで進める',
  'layer-delta.reset': 'リセット',
  'layer-delta.status.start':
    '順伝播が終わりました。「逆向きに1ステップ」で、誤差を損失から送り返します。',
  'layer-delta.status.done': { other: '全{count}層で、δと重みの勾配が求まりました。' },
  'layer-delta.status.step': 'ステップ{step}/{total}：δが{layer}に届きました。',
  'layer-delta.picker': '層を選ぶ',
  'layer-delta.picker.prefix': '層：',
  'layer-delta.network.name': 'ネットワーク{sizes}。損失{loss}',
  'layer-delta.network.hint':
    '矢印キーでユニットや層の間を移動し、HomeとEndで層の最初と最後のユニットに移動します。Enterでそのユニットの層を選びます。',
  'layer-delta.readout.hint': 'ユニットにフォーカスするかクリックすると、その数値が表示されます。',
  'layer-delta.readout.hintCompact':
    'このサイズでは数値を表示していません。ユニットにフォーカスするかクリックすると、ここに表示されます。',
  'layer-delta.legend.positive': '正の重み',
  'layer-delta.legend.negative': '負の重み（破線）',
  'layer-delta.legend.thickness': '太いほど大きい',
  'layer-delta.legend.value': 'ユニット内の数値：その活性化',
  'layer-delta.legend.shade': 'ユニットの濃さ：活性化の大きさ',
  'layer-delta.legend.delta': '内側の輪：δが求まっている（負なら破線）',
  'layer-delta.unitLabel.input': '{unit}、値{value}',
  'layer-delta.unitLabel.pending': '{unit}、活性化{activation}、デルタは未計算',
  'layer-delta.unitLabel.delta': '{unit}、活性化{activation}、デルタ{delta}',
  'layer-delta.readout.input': '{unit}：x = {x}',
  'layer-delta.readout.unit': '{unit}：a = {a}、f′(z) = {slope}、δ = {delta}',
  'layer-delta.readout.unitPending': '{unit}：a = {a}、f′(z) = {slope}、δは未計算',
  'layer-delta.readout.weight': '{weight}：w = {w}、勾配{gradient}',
  'layer-delta.readout.weightPending': '{weight}：w = {w}、勾配は未計算',
  'layer-delta.fields.x': '入力x',
  'layer-delta.fields.y': '目標y',
  'layer-delta.editor': '{matrix}の重みを編集',
  'layer-delta.editor.from': '接続元',
  'layer-delta.editor.to': '接続先',
  'layer-delta.editor.sliderHint':
    '矢印キーで重みを0.1ずつ、Page UpとPage Downで1ずつ変え、HomeとEndで−10と+10に移動します。',
  'layer-delta.editor.field': 'w',
  'layer-delta.panel.heading': '{layer}：誤差信号{delta}',
  'layer-delta.panel.pendingOutput':
    '{delta}はまだ計算されていません。「逆向きに1ステップ」を1回押すと、損失から計算されます。',
  'layer-delta.panel.pendingHidden':
    '{delta}はまだ計算されていません。先に{layer}のδが必要です。逆向きにステップを進めてください。',
  'layer-delta.panel.carried':
    '枠で囲んだ{matrix}が、順伝播で使ったのと同じ接続をたどって上の層のδを送り返します。⊙はf′(z)とユニットごとに掛け合わせる演算です。',
  'layer-delta.panel.softmax':
    'ソフトマックス出力と交差エントロピーでは ∂L/∂a = −y/a で、ソフトマックスのヤコビ行列 J = diag(a) − a aᵀ によって Jᵀ ∂L/∂a = −y + a (Σ y) = a − y となります。yの合計が1だからです。',
  'layer-delta.panel.jacobian': 'この入力でのソフトマックスのヤコビ行列J、∂aᵢ/∂zⱼ：',
  'layer-delta.panel.gradients': 'この層の重みの勾配：δ × この層への入力',
  'layer-delta.panel.table': '{layer}（ユニットごと）',
  'layer-delta.panel.tableUnit': 'ユニット',
  'layer-delta.cost.heading': '逆伝播のコスト',
  'layer-delta.cost.note':
    'サイズ{sizes}での積和演算の回数。各層のδを再利用すれば、逆伝播のコストは順伝播の小さな定数倍に収まります。重みごとに損失から連鎖を計算し直すと、そうはなりません。',
  'layer-delta.cost.pass': '計算',
  'layer-delta.cost.count': '積和演算（× 順伝播）',
  'layer-delta.cost.forward': '順伝播',
  'layer-delta.cost.backward': '逆伝播（δを再利用）',
  'layer-delta.cost.naive': '素朴な方法（重みごと）',
  'layer-delta.cost.axis': '隠れ層の幅',
  'layer-delta.cost.caption':
    'すべての隠れ層の幅を横軸の値にした場合。点はこのネットワークを示します。',
  'layer-delta.cost.chart':
    'グラフ：隠れ層の幅{from}から{to}までの積和演算の回数（対数目盛）。幅{to}では、順伝播{forward}、逆伝播{backward}、素朴な方法{naive}。逆伝播は常に順伝播の約{backwardRatio}、素朴な方法は順伝播の{naiveRatio}です。',
  'layer-delta.say.outputBce':
    '出力層：デルタはaひくy：{deltas}。W{layer}の勾配は、デルタかけるこの層への入力です。',
  'layer-delta.say.outputMse':
    '出力層：デルタは2かける「aひくy」に、fダッシュzを掛けたもの：{deltas}。W{layer}の勾配は、デルタかけるこの層への入力です。',
  'layer-delta.say.outputCe':
    '出力層：ソフトマックスと交差エントロピーでは、デルタはaひくy：{deltas}。W{layer}の勾配は、デルタかけるこの層への入力です。',
  'layer-delta.say.hidden':
    '隠れ層{number}：デルタをW{above}の転置で送り返し、fダッシュzを掛けました：{deltas}。W{number}の勾配が求まりました。',
  'layer-delta.say.reset':
    '逆伝播をリセットしました。デルタはまだありません。逆向きに1ステップ進めて、損失から始めましょう。',
  'layer-delta.say.selected': '{layer}を選択：デルタは{deltas}。',
  'layer-delta.say.selectedPending': '{layer}を選択：デルタはまだ計算されていません。',
  'layer-delta.say.weight': '{weight}は{value}。勾配は{gradient}：デルタ{delta}かける入力{input}',
  'layer-delta.say.weightPending': '{weight}は{value}。勾配は、逆伝播が{layer}に届くと求まります',
  'layer-delta.say.vector': '{field}の{index}番目は{value}。出力{output}、損失{loss}。',
  'layer-delta.problem.x': {
    other:
      '入力ユニットごとに1つ、計{count}個の数値が必要です（sizesの最初が{count}のため）。実際は{got}',
  },
  'layer-delta.problem.y': {
    other:
      '出力ユニットごとに1つ、計{count}個の数値が必要です（sizesの最後が{count}のため）。実際は{got}',
  },
  'layer-delta.problem.yRange':
    '{min}から{max}までの数値が必要です（実際は{got}）。loss="{loss}"では、各目標値は確率です',
  'layer-delta.problem.ceOutputs':
    'ceには2つ以上の出力が必要です。出力が1つだけのソフトマックスは常に1になります',
  'layer-delta.problem.ceNegative': 'ceでは、目標に負の要素があってはいけません',
  'layer-delta.problem.ceSum':
    'ceでは、目標はワンホットベクトルか、合計が1の確率ベクトルでなければなりません（実際の合計は{sum}）',
  'layer-delta.problem.weights':
    '形が{shapes}の、有限の数値からなる行列が{layers}個必要です（weights[l][i][j]は層lのユニットjと層l+1のユニットiをつなぎます）',
  'layer-delta.problem.weightsAt':
    '形が{shapes}の、有限の数値からなる行列が{layers}個必要です（weights[l][i][j]は層lのユニットjと層l+1のユニットiをつなぎます）。weights[{index}]が合いません',
  'layer-delta.problem.biases': '長さが{sizes}の、有限の数値からなる配列が{layers}個必要です',
  'layer-delta.problem.biasesAt':
    '長さが{sizes}の、有限の数値からなる配列が{layers}個必要です。biases[{index}]が合いません',

  // embed pages and the loader: notes of the page around a figure
  'embed.noElement': '?el= で要素を指定してください（例: ?el={example}）。',
  'embed.unknownElement': '不明な要素「{tag}」です。',
  'embed.unavailable': '要素「{tag}」はここでは使えません。',
  'embed.tooLong': '「{name}」は無視されました。値が {count} 文字を超えています。',
  'embed.notParameterGuess':
    '「{name}」は {tag} のパラメーターではありません。「{guess}」のことですか？',
  'embed.notParameter': '「{name}」は {tag} のパラメーターではありません。',
  'embed.parameterList': '使えるパラメーター: {list}。',
  'embed.noscript': 'このインタラクティブな図には JavaScript が必要です。',
  'loader.missing':
    'このインタラクティブな図（<{tag}>）を読み込めませんでした。必要なファイルが見つからないか、アクセスできません。backprop-elements を配信するサイトは dist/ フォルダー全体（backprop-elements.js と同じ場所の chunks/ と fonts/）を配信する必要があります。',
};
