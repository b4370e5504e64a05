import type { Messages } from '../../internal/i18n.js';

/**
 * Simplified Chinese. Terms follow GLOSSARY.md; keys and placeholders match English exactly. This
 * part has the messages every element shares (attribute notes, numbers, exercises, the loader and
 * embed pages); each element's are in zh-CN/<tag>.ts.
 */
export const messages: Messages = {
  // shared: attribute notes, numbers
  'attr.expected': '应为{expected}',
  'attr.expectedGot': '应为{expected}，实际为{got}',
  'attr.listEntry': '应为{expected}；“{entry}”不是{kind}',
  'attr.nothing': '空',
  'attr.emptyEntry': '空项',
  'attr.notFinite': '非有限的数值',
  'attr.quoted': '“{text}”',
  'attr.number': '数值',
  'attr.numberFromTo': '介于 {min} 到 {max} 之间的数值',
  'attr.wholeFromTo': '介于 {min} 到 {max} 之间的整数',
  'attr.list': { other: '以空格或逗号分隔的 {count} 个{kind}' },
  'attr.listBetween': '以空格或逗号分隔的 {min} 到 {max} 个{kind}',
  'attr.numbers': '数值',
  'attr.numbersFromTo': '介于 {min} 到 {max} 之间的数值',
  'attr.wholesFromTo': '介于 {min} 到 {max} 之间的整数',
  'attr.assignments': '以逗号分隔的“名称=数值”对，例如“x=2, w=-1”',
  'attr.assignmentMissing': '应为{expected}；“{pair}”不是“名称=数值”的形式',
  'attr.assignmentNumber': '{name} 应为数值，实际为{got}',
  'attr.oneOf': '应为 {choices} 之一，实际为{got}',
  'attr.labels': '应为以逗号分隔的简短名称列表',
  'attr.labelsAtMost': '应为以逗号分隔的名称，最多 {max} 个',
  'attr.unreadable': '应为可读作文本的值；此值包含自身或无法读取',
  'number.minus': '负{value}',
  'problem.readOnly': '{property} 是只读属性；设置的值已被忽略',
  // exercises ("predict, then check"), shared by every element
  'exercise.fieldHint': '输入一个数或简单算式，例如 -0.8*1.5',
  'exercise.check': '检查',
  'exercise.showAnswer': '显示答案',
  'exercise.tryNew': '换一组数',
  'exercise.right': '正确：{working} ✓',
  'exercise.wrong': '还不对。',
  'exercise.wrong.sign': '还不对：检查一下符号。',
  'exercise.revealed': '答案：{working}',
  'exercise.outOfAttempts': '没有剩余次数。答案：{working}',
  'exercise.unreadable.empty': '请先输入一个数。',
  'exercise.unreadable.syntax': '这不是本图能读懂的数或算式。',
  'exercise.unreadable.name': "只能用数字：'{name}' 是名称，不是数。",
  'exercise.unreadable.notFinite': '这算不出有限的数。',
  'exercise.score': { other: '{count} 题中答对 {correct} 题，其中 {firstTry} 题一次答对' },
  'exercise.notYet': '回答前隐藏',
  // embed pages and the loader: notes of the page around a figure
  'embed.noElement': '请用 ?el= 指定一个元素，例如 ?el={example}。',
  'embed.unknownElement': '未知元素“{tag}”。',
  'embed.unavailable': '元素“{tag}”在此处不可用。',
  'embed.tooLong': '已忽略“{name}”：它的值超过 {count} 个字符。',
  'embed.notParameterGuess': '“{name}”不是 {tag} 的参数；你是想写“{guess}”吗？',
  'embed.notParameter': '“{name}”不是 {tag} 的参数。',
  'embed.parameterList': '可用的参数有：{list}。',
  'embed.badPassMark': '“pass”取 0 到 100 的百分比，而不是“{got}”；现使用 {fallback}。',
  'embed.noscript': '这个交互图需要 JavaScript。',
  'loader.missing':
    '这个交互图（<{tag}>）无法加载：它需要的某个文件缺失或无法访问。托管 backprop-elements 的网站必须提供完整的 dist/ 文件夹（chunks/ 和 fonts/ 与 backprop-elements.js 放在一起）。',
};
