import type { Messages } from '../../internal/i18n.js';

// Why text is not an expression (the core's parse faults, core/parse-words.ts): fetched with
// the first expression a <graph-backprop> cannot read. `{at}` and `{opened}` are 0-based
// positions in the text, `{found}` what stands there, `{name}` a function's name.
export const messages: Messages = {
  'graph-backprop-faults.notText': 'يجب أن يكون التعبير نصًا',
  'graph-backprop-faults.tooLong': 'التعبير طويل جدًا (عدد أحرفه {length}، والحد الأقصى {max})',
  'graph-backprop-faults.times': '«{found}» غير متوقع عند الموضع {at}: اكتب * للضرب',
  'graph-backprop-faults.character': 'حرف غير متوقع «{found}» عند الموضع {at}',
  'graph-backprop-faults.tooLarge': 'التعبير كبير جدًا (عدد عقده أكثر من {max})',
  'graph-backprop-faults.tooDeep': 'التعبير متداخل بعمق كبير (عدد مستوياته أكثر من {max})',
  'graph-backprop-faults.empty': 'التعبير فارغ',
  'graph-backprop-faults.unmatched': '«)» بلا مقابل عند الموضع {at}',
  'graph-backprop-faults.operatorBefore': 'يلزم عامل قبل «{found}» عند الموضع {at} (اكتب * للضرب)',
  'graph-backprop-faults.operatorBeforeEnd': 'يلزم عامل قبل النهاية عند الموضع {at} (اكتب * للضرب)',
  'graph-backprop-faults.unexpected': '«{found}» غير متوقع عند الموضع {at}',
  'graph-backprop-faults.unexpectedEnd': 'نهاية غير متوقعة عند الموضع {at}',
  'graph-backprop-faults.bigNumber': 'العدد {found} عند الموضع {at} كبير جدًا',
  'graph-backprop-faults.endsEarly': 'ينتهي التعبير مبكرًا: يلزم عدد أو اسم أو «(» عند الموضع {at}',
  'graph-backprop-faults.operand': 'يلزم عدد أو اسم أو «(» عند الموضع {at}، لكن وُجد «{found}»',
  'graph-backprop-faults.operandEnd': 'يلزم عدد أو اسم أو «(» عند الموضع {at}، لكن التعبير انتهى',
  'graph-backprop-faults.unclosed': 'يلزم «)» عند الموضع {at}، لكن وُجد «{found}»',
  'graph-backprop-faults.unclosedEnd':
    'يلزم «)» عند الموضع {at} لإغلاق «(» الذي عند الموضع {opened}',
  'graph-backprop-faults.functionAsVariable': '«{name}» دالة: اكتب {name}(...) عند الموضع {at}',
  'graph-backprop-faults.unknownFunction': 'دالة غير معروفة «{name}»، هل تقصد «{suggestion}»؟',
  'graph-backprop-faults.unknownFunctionKnown':
    'دالة غير معروفة «{name}» (الدوال المعروفة: {known})',
  'graph-backprop-faults.arity': { other: 'عدد وسائط «{name}» هو {count}، لكن أُعطيت {got}' },
};
