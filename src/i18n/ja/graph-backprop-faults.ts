import type { Messages } from '../../internal/i18n.js';

// Why text is not an expression (the core's parse faults, core/parse-words.ts): fetched with
// the first expression a <graph-backprop> cannot read. `{at}` and `{opened}` are 0-based
// positions in the text, `{found}` what stands there, `{name}` a function's name.
export const messages: Messages = {
  'graph-backprop-faults.notText': '式はテキストでなければなりません',
  'graph-backprop-faults.tooLong': '式が長すぎます（{length}文字、上限は{max}文字）',
  'graph-backprop-faults.times':
    '位置{at}に予期しない「{found}」があります。掛け算には * を使ってください',
  'graph-backprop-faults.character': '位置{at}に予期しない文字「{found}」があります',
  'graph-backprop-faults.tooLarge': '式が大きすぎます（ノードが{max}個を超えています）',
  'graph-backprop-faults.tooDeep': '式の入れ子が深すぎます（{max}段を超えています）',
  'graph-backprop-faults.empty': '式が空です',
  'graph-backprop-faults.unmatched': '位置{at}の「)」に対応する「(」がありません',
  'graph-backprop-faults.operatorBefore':
    '位置{at}の「{found}」の前に演算子が必要です（掛け算には * を使ってください）',
  'graph-backprop-faults.operatorBeforeEnd':
    '位置{at}の終わりの前に演算子が必要です（掛け算には * を使ってください）',
  'graph-backprop-faults.unexpected': '位置{at}に予期しない「{found}」があります',
  'graph-backprop-faults.unexpectedEnd': '位置{at}で式が予期せず終わっています',
  'graph-backprop-faults.bigNumber': '位置{at}の数{found}が大きすぎます',
  'graph-backprop-faults.endsEarly':
    '式が途中で終わっています。位置{at}に数、名前、または「(」が必要です',
  'graph-backprop-faults.operand':
    '位置{at}に数、名前、または「(」が必要ですが、「{found}」があります',
  'graph-backprop-faults.operandEnd':
    '位置{at}に数、名前、または「(」が必要ですが、式が終わっています',
  'graph-backprop-faults.unclosed': '位置{at}に「)」が必要ですが、「{found}」があります',
  'graph-backprop-faults.unclosedEnd': '位置{opened}の「(」を閉じる「)」が位置{at}に必要です',
  'graph-backprop-faults.functionAsVariable':
    '「{name}」は関数です。位置{at}に{name}(...)と書いてください',
  'graph-backprop-faults.unknownFunction':
    '不明な関数「{name}」です。「{suggestion}」のことですか？',
  'graph-backprop-faults.unknownFunctionKnown': '不明な関数「{name}」です（使える関数：{known}）',
  'graph-backprop-faults.arity': { other: '「{name}」の引数は{count}個ですが、{got}個あります' },
};
