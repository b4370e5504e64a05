import type { Messages } from '../../internal/i18n.js';

/** The ja messages of <graph-backprop>. */
export const messages: Messages = {
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
  'graph-backprop.domain.body': '{message}（{name}）。値を変えると続けられます。',
  'graph-backprop.expression.label': '式',
  'graph-backprop.expression.help': '{first}、{second}、{third}などを試してみましょう。',
  'graph-backprop.expression.failure': '読み取れません：{message}',
  'graph-backprop.expression.kept': '下のグラフは、最後に読み取れた式のものです。',
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
  'graph-backprop.panel.notReached':
    '逆伝播はまだここに届いていません。届くまで「ステップ」を押してください。',
  'graph-backprop.panel.forwardNotReached':
    'フォワードモードはまだここに届いていません。届くまで「1ステップ進む」を押してください。',
  'graph-backprop.panel.tangent': '{wrt}についての接線：入力ごとの局所勾配 × 入力の接線の和：',
  'graph-backprop.panel.seed':
    '入力です。追跡している変数{wrt}なら接線は1から、それ以外なら0から始まります。',
  'graph-backprop.value.label': '{name}の値',
  'graph-backprop.value.invalid': '{example}のような数を入力してください',
  'graph-backprop.check.title': '有限差分によるチェック',
  'graph-backprop.check.nudge': '小さなずらし幅 h = {h}',
  'graph-backprop.check.compare':
    '誤差逆伝播では{autodiff}、入力を少しずらして求めると{numeric}です。',
  'graph-backprop.check.nudgeNode': 'このノードの値を小さくずらす幅 h = {h}（入力はそのまま）',
  'graph-backprop.check.compareNode':
    '誤差逆伝播では{autodiff}、このノードを少しずらして求めると{numeric}です。',
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
  'graph-backprop.forward.step':
    '{name}は入力ごとの局所勾配 × 入力の接線を足し合わせます。その接線は{tangent}です。',
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
  'graph-backprop.problem.brokenName':
    '名前の一つが書き損じた数に見えます。{expr}にその名前の変数はありません',
  'graph-backprop.problem.unknownVariableNone':
    '「{name}」は{expr}の変数ではありません。この式には変数がありません',
  'graph-backprop.problem.selected':
    '変数名（{names}）か、n0から{last}までのノードIDが必要です（実際は「{got}」）',
  'graph-backprop.problem.selectedNoVariables':
    'n0から{last}までのノードIDが必要です（実際は「{got}」）',
  'graph-backprop.problem.confusingName':
    '変数名の一つが書き損じた数に見えます。別の変数名にしてください',
  'graph-backprop.problem.wrt':
    '「{name}」は{expr}の変数ではありません。フォワードモードで追えるのは{names}です',
  'graph-backprop.problem.parse': '式を読み取れません：{message}',
  // ask: refused words, the questions and their hints
  'graph-backprop.problem.ask':
    '「{name}」は{expr}の変数ではありません。ask に書けるのは steps または{names}です',
  'graph-backprop.ask.step':
    'ステップ{step}: {name}が{input}に返す値（上流 × 局所）を予想してください',
  'graph-backprop.ask.gradient': '∂出力/∂{name}（{name}に関する出力の勾配）を予想してください',
  'graph-backprop.hint.local': 'それは局所微分だけです。上流から届く勾配を掛けてください。',
  'graph-backprop.hint.upstream':
    'それは上流の勾配だけです。このノードの局所微分を掛けてください。',
  'graph-backprop.hint.sum': '上流と局所は掛け合わせます。足すのではありません。',
  'graph-backprop.hint.path': 'それは1か所の使用分だけです。すべての使用分を足し合わせます。',
  'graph-backprop.hint.stepRule': '上流に局所を掛けます: {factors}。',
  'graph-backprop.hint.gradientRule': '{name}の使用ごとの上流 × 局所を足します: {terms}。',
  'graph-backprop.ask.tangent':
    'ステップ{step}: {wrt}についての{name}の接線（局所 × 入力の接線を入力ごとに足したもの）を予想してください',
  'graph-backprop.hint.tangentLocal': 'それは局所微分だけです。入力の接線を掛けてください。',
  'graph-backprop.hint.term':
    'それは1つの入力の項だけです。すべての入力について局所 × 入力の接線を足します。',
  'graph-backprop.hint.tangentRule': '入力ごとの局所 × 入力の接線を足します: {terms}。',
  // Why a graph cannot be computed (the core's reasons; `{op}` is an op as written, such as sqrt).
  'graph-backprop.reason.div': '0による除算',
  'graph-backprop.reason.powZero': '0の負のべき乗',
  'graph-backprop.reason.slope': '{op}は0で傾きが無限大になります',
  'graph-backprop.reason.powSlope': '{op}は0で傾きが無限大になります（指数が0と1の間）',
  'graph-backprop.reason.powFraction': '負の数の分数乗',
  'graph-backprop.reason.powVaries':
    '負の数を変化する指数でべき乗すると、指数についての傾きがありません',
  'graph-backprop.reason.log': 'logには正の入力が必要です',
  'graph-backprop.reason.sqrt': 'sqrtには0以上の入力が必要です',
  'graph-backprop.reason.bce': 'bceには0から1の間の確率pが必要です',
  'graph-backprop.reason.value': '{op}の結果が大きすぎて数として扱えません',
  'graph-backprop.reason.local': '{op}の局所勾配が大きすぎて数として扱えません',
  'graph-backprop.reason.gradient': '{name}の勾配が大きすぎて数として扱えません',
  'graph-backprop.reason.gradientVar': '「{name}」の勾配が大きすぎて数として扱えません',
  'graph-backprop.reason.tangent': '「{wrt}」についての{name}の接線が大きすぎて数として扱えません',
  'graph-backprop.reason.tangentVar':
    '「{wrt}」についての「{name}」の接線が大きすぎて数として扱えません',
};
