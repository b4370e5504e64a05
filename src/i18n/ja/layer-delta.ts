import type { Messages } from '../../internal/i18n.js';

/** The ja messages of <layer-delta>. */
export const messages: Messages = {
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
  'layer-delta.problem.misfit': '使用されません: {name} が合わなくなります（{reason}）',
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
  'layer-delta.problem.overflow':
    '数値が大きくなりすぎて計算できません。入力、目標値、重みを小さくしてみてください',
  'layer-delta.status.predict': '先に進むには、下で次の δ を予想してください。',
  'layer-delta.panel.predict':
    'これらの数から {delta} を予想してから、逆向きに1ステップ進めてください。',
  'layer-delta.ask.delta': '{unit}の δ を予想してください',
  'layer-delta.hint.slope':
    'f′(z) も掛けます。ユニットの傾きが、そこを通って戻る量を拡大・縮小します。',
  'layer-delta.hint.slopeCancels':
    '交差エントロピーでは出力の傾きが約分されます：δ = a − y、f′(z) はありません。',
  'layer-delta.hint.two': '二乗誤差の微分には係数 2 があります：δ = 2(a − y) f′(z)。',
  'layer-delta.hint.transpose':
    'このユニットの Wᵀ の行を使います。そこから出る重みに、それぞれの行き先のユニットの δ を掛けます。',
  'layer-delta.hint.rule': '規則を使います: {rule}。',
};
