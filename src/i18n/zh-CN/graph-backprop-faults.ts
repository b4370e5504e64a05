import type { Messages } from '../../internal/i18n.js';

// Why text is not an expression (the core's parse faults, core/parse-words.ts): fetched with
// the first expression a <graph-backprop> cannot read. `{at}` and `{opened}` are 0-based
// positions in the text, `{found}` what stands there, `{name}` a function's name.
export const messages: Messages = {
  'graph-backprop-faults.notText': '表达式必须是文本',
  'graph-backprop-faults.tooLong': '表达式太长（{length} 个字符，最多 {max} 个）',
  'graph-backprop-faults.times': '位置 {at} 处出现意外的“{found}”：乘法请写 *',
  'graph-backprop-faults.character': '位置 {at} 处出现意外的字符“{found}”',
  'graph-backprop-faults.tooLarge': '表达式太大（超过 {max} 个节点）',
  'graph-backprop-faults.tooDeep': '表达式嵌套太深（超过 {max} 层）',
  'graph-backprop-faults.empty': '表达式为空',
  'graph-backprop-faults.unmatched': '位置 {at} 处的“)”没有配对',
  'graph-backprop-faults.operatorBefore': '位置 {at} 处的“{found}”之前缺少运算符（乘法请写 *）',
  'graph-backprop-faults.operatorBeforeEnd': '位置 {at} 处的结尾之前缺少运算符（乘法请写 *）',
  'graph-backprop-faults.unexpected': '位置 {at} 处出现意外的“{found}”',
  'graph-backprop-faults.unexpectedEnd': '表达式在位置 {at} 处意外结束',
  'graph-backprop-faults.bigNumber': '位置 {at} 处的数 {found} 太大',
  'graph-backprop-faults.endsEarly': '表达式结束得太早：位置 {at} 处应为数、名称或“(”',
  'graph-backprop-faults.operand': '位置 {at} 处应为数、名称或“(”，实际为“{found}”',
  'graph-backprop-faults.operandEnd': '位置 {at} 处应为数、名称或“(”，但表达式已结束',
  'graph-backprop-faults.unclosed': '位置 {at} 处应为“)”，实际为“{found}”',
  'graph-backprop-faults.unclosedEnd': '位置 {at} 处应有“)”来闭合位置 {opened} 处的“(”',
  'graph-backprop-faults.functionAsVariable': '“{name}”是函数：请在位置 {at} 处写 {name}(...)',
  'graph-backprop-faults.unknownFunction': '未知函数“{name}”，是不是要写“{suggestion}”？',
  'graph-backprop-faults.unknownFunctionKnown': '未知函数“{name}”（已知函数：{known}）',
  'graph-backprop-faults.arity': { other: '“{name}”需要 {count} 个参数，实际给了 {got} 个' },
};
