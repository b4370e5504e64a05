import type { Messages } from '../../internal/i18n.js';

/** The ar messages of <neuron-backprop>. */
export const messages: Messages = {
  // neuron-backprop
  'neuron-backprop.pipeline.label': 'العصبون، من المدخلات إلى الخسارة',
  'neuron-backprop.trace.x': 'المدخل: تتبّع التدرج بالنسبة إلى x',
  'neuron-backprop.trace.w': 'الوزن: تتبّع التدرج بالنسبة إلى w',
  'neuron-backprop.trace.b': 'الانحياز: تتبّع التدرج بالنسبة إلى b',
  'neuron-backprop.stage.z': 'z، المجموع الموزون: w في x زائد b، أي {w} في {x} زائد {b} يساوي {z}',
  'neuron-backprop.stage.a': 'a، دالة السيغمويد عند z، تساوي {a}',
  'neuron-backprop.stage.l':
    'L، خسارة الإنتروبيا المتقاطعة لـ a مقابل التسمية y = {y}، تساوي {loss}',
  'neuron-backprop.hint': 'اضغط x أو w أو b لتتبّع تدرجه.',
  'neuron-backprop.trace.group': 'تتبّع التدرج بالنسبة إلى',
  'neuron-backprop.role.x': 'مدخل',
  'neuron-backprop.role.w': 'وزن',
  'neuron-backprop.role.b': 'انحياز',
  'neuron-backprop.role.y': 'تسمية',
  'neuron-backprop.stepButton': 'خطوة تدرج',
  'neuron-backprop.resetButton': 'إعادة الضبط',
  'neuron-backprop.step.before': 'تحرّك الخطوة w وb بمقدار {rate} × تدرجيهما.',
  'neuron-backprop.step.lower': 'الخسارة {before} ← {after} (انخفضت)',
  'neuron-backprop.step.higher': 'الخسارة {before} ← {after} (ارتفعت: جرّب معدل تعلم أصغر)',
  'neuron-backprop.step.same': 'الخسارة {before} ← {after}',
  'neuron-backprop.step.moves': 'w {wBefore} ← {wAfter}، b {bBefore} ← {bAfter}',
  'neuron-backprop.plot.label':
    'الخسارة مرسومة مقابل {symbol} من {min} إلى {max}. عند {symbol} = {value} تكون الخسارة {loss}، وميل المماس، أي التدرج، يساوي {slope}.',
  'neuron-backprop.plot.legend': 'الخسارة مقابل {symbol}؛ ميل المماس {slope}',
  'neuron-backprop.plot.before':
    'المتقطع: المنحنى والنقطة قبل الخطوة الأخيرة. تحرّك الخطوة w و b معًا، لذا يتحرك المنحنى كما تتحرك النقطة.',
  'neuron-backprop.factors.label': 'قاعدة السلسلة لهذا العصبون',
  'neuron-backprop.factor.numbered': '{number}. {title}',
  'neuron-backprop.factor.dLda': 'الخسارة مقابل التنشيط',
  'neuron-backprop.factor.dadz': 'ميل السيغمويد',
  'neuron-backprop.factor.dz': 'المجموع الموزون مقابل {symbol}',
  'neuron-backprop.route.multiply': 'الضرب',
  'neuron-backprop.route.simplify': 'التبسيط',
  'neuron-backprop.agree': '✓ الطريقان متفقان: ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.disagree': 'الطريقان مختلفان: ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.check.label': 'التحقق من التدرج',
  'neuron-backprop.check.title': 'التحقق من ∂L/∂{symbol}',
  'neuron-backprop.check.backprop': 'الانتشار العكسي {value}',
  'neuron-backprop.check.numeric': 'الفرق المنتهي {value}',
  'neuron-backprop.check.error': 'الخطأ النسبي {value}',
  'neuron-backprop.say.gradient.w':
    'تدرج الخسارة بالنسبة إلى w يساوي {gradient}: d L على d a {dLda} في d a على d z {dadz} في d z على d w، وهو x، {dz}.',
  'neuron-backprop.say.gradient.b':
    'تدرج الخسارة بالنسبة إلى b يساوي {gradient}: d L على d a {dLda} في d a على d z {dadz} في d z على d b، وهو 1، {dz}.',
  'neuron-backprop.say.gradient.x':
    'تدرج الخسارة بالنسبة إلى x يساوي {gradient}: d L على d a {dLda} في d a على d z {dadz} في d z على d x، وهو w، {dz}.',
  'neuron-backprop.say.change': '{name} يساوي {value}. a يساوي {a}، والخسارة {loss}.',
  'neuron-backprop.say.step.fell':
    'خطوة تدرج بمعدل تعلم {rate}: تحرّك w من {wBefore} إلى {wAfter}، وb من {bBefore} إلى {bAfter}؛ وانخفضت الخسارة من {before} إلى {after}.',
  'neuron-backprop.say.step.rose':
    'خطوة تدرج بمعدل تعلم {rate}: تحرّك w من {wBefore} إلى {wAfter}، وb من {bBefore} إلى {bAfter}؛ وارتفعت الخسارة من {before} إلى {after}.',
  'neuron-backprop.say.step.stayed':
    'خطوة تدرج بمعدل تعلم {rate}: تحرّك w من {wBefore} إلى {wAfter}، وb من {bBefore} إلى {bAfter}؛ وبقيت الخسارة عند {after}.',
  'neuron-backprop.say.traced': 'يجري تتبّع {symbol}.',
  'neuron-backprop.say.reset': 'عادت القيم إلى بدايتها.',
  'neuron-backprop.ask.value': 'توقّع {symbol}',
  'neuron-backprop.hint.sum': 'تتضاعف العوامل على طول السلسلة؛ لا تُجمع.',
  'neuron-backprop.hint.missing': 'ينقص عامل: اضرب في {symbol} أيضًا.',
  'neuron-backprop.hint.sigmoid': 'هذا هو a نفسه؛ ميل الدالة السينية هو a(1 − a).',
  'neuron-backprop.hint.input': 'يتغيّر z = wx + b مع {symbol} بمعدل ما يُضرب فيه {symbol}.',
  'neuron-backprop.hint.rule': 'استخدم القاعدة: {rule}.',
  'neuron-backprop.plot.labelHidden':
    'الخسارة مرسومة مقابل {symbol} من {min} إلى {max}. عند {symbol} = {value} تكون الخسارة {loss}؛ المماس مخفي حتى تجيب.',
};
