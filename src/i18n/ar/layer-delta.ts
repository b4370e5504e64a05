import type { Messages } from '../../internal/i18n.js';

/** The ar messages of <layer-delta>. */
export const messages: Messages = {
  // layer-delta
  'layer-delta.layer.input': 'طبقة المدخلات',
  'layer-delta.layer.output': 'طبقة المخرجات',
  'layer-delta.layer.hidden': 'الطبقة المخفية {number}',
  'layer-delta.heading.hidden': 'h{number}',
  'layer-delta.heading.output': 'المخرج',
  'layer-delta.heading.loss': 'الخسارة',
  'layer-delta.unit': 'الوحدة {number} في {layer}',
  'layer-delta.weight': 'الوزن من {from} إلى {to}',
  'layer-delta.step': 'خطوة إلى الخلف',
  'layer-delta.run': 'تشغيل حتى المدخلات',
  'layer-delta.reset': 'إعادة الضبط',
  'layer-delta.status.start':
    'اكتمل التمرير الأمامي. تقدّم خطوة إلى الخلف لإرسال الخطأ بدءًا من الخسارة.',
  'layer-delta.status.done': {
    zero: 'اكتملت δ وتدرجات الأوزان في جميع الطبقات.',
    one: 'اكتملت δ وتدرجات الأوزان في الطبقة الوحيدة.',
    two: 'اكتملت δ وتدرجات الأوزان في الطبقتين كلتيهما.',
    few: 'اكتملت δ وتدرجات الأوزان في الطبقات الـ{count} كلها.',
    many: 'اكتملت δ وتدرجات الأوزان في الطبقات الـ{count} كلها.',
    other: 'اكتملت δ وتدرجات الأوزان في الطبقات الـ{count} كلها.',
  },
  'layer-delta.status.step': 'الخطوة {step} من {total}: وصلت δ إلى {layer}.',
  'layer-delta.picker': 'اختر طبقة',
  'layer-delta.picker.prefix': 'الطبقة:',
  'layer-delta.network.name': 'الشبكة {sizes}. الخسارة {loss}',
  'layer-delta.network.hint':
    'تنقل مفاتيح الأسهم بين الوحدات والطبقات؛ وينقل Home وEnd إلى أول وحدة وآخر وحدة في الطبقة؛ ويحدد Enter طبقة الوحدة.',
  'layer-delta.readout.hint': 'ركّز على وحدة أو انقر عليها لقراءة أعدادها.',
  'layer-delta.readout.hintCompact':
    'الأعداد مخفية بهذا الحجم: ركّز على وحدة أو انقر عليها لقراءتها هنا.',
  'layer-delta.legend.positive': 'وزن موجب',
  'layer-delta.legend.negative': 'وزن سالب (خط متقطع)',
  'layer-delta.legend.thickness': 'أسمك = أكبر',
  'layer-delta.legend.value': 'العدد داخل الوحدة: تنشيطها',
  'layer-delta.legend.shade': 'تظليل الوحدة: مقدار تنشيطها',
  'layer-delta.legend.delta': 'الحلقة الداخلية: δ معروفة (متقطعة حين تكون سالبة)',
  'layer-delta.unitLabel.input': '{unit}، القيمة {value}',
  'layer-delta.unitLabel.pending': '{unit}، التنشيط {activation}، دلتا لم تُحسب بعد',
  'layer-delta.unitLabel.delta': '{unit}، التنشيط {activation}، دلتا {delta}',
  'layer-delta.readout.input': '{unit}: x = {x}',
  'layer-delta.readout.unit': '{unit}: a = {a}، f′(z) = {slope}، δ = {delta}',
  'layer-delta.readout.unitPending': '{unit}: a = {a}، f′(z) = {slope}، δ لم تُحسب بعد',
  'layer-delta.readout.weight': '{weight}: w = {w}، التدرج {gradient}',
  'layer-delta.readout.weightPending': '{weight}: w = {w}، التدرج لم يُحسب بعد',
  'layer-delta.fields.x': 'المدخل x',
  'layer-delta.fields.y': 'الهدف y',
  'layer-delta.editor': 'تعديل وزن من {matrix}',
  'layer-delta.editor.from': 'من',
  'layer-delta.editor.to': 'إلى',
  'layer-delta.editor.sliderHint':
    'تغيّر مفاتيح الأسهم الوزن بمقدار 0.1؛ وPage Up وPage Down بمقدار 1؛ وينقل Home وEnd إلى −10 و+10.',
  'layer-delta.editor.field': 'w',
  'layer-delta.panel.heading': '{layer}: إشارة الخطأ {delta} الخاصة بها',
  'layer-delta.panel.pendingOutput':
    'لم تُحسب {delta} بعد. تقدّم خطوة واحدة إلى الخلف لحسابها من الخسارة.',
  'layer-delta.panel.pendingHidden':
    'لم تُحسب {delta} بعد. يلزم أولًا حساب δ في {layer}: واصل التقدّم إلى الخلف.',
  'layer-delta.panel.carried':
    'تنقل المصفوفة المؤطَّرة {matrix} قيم دلتا من الطبقة الأعلى إلى الخلف عبر الوصلات نفسها التي استخدمها التمرير الأمامي؛ ويضرب ⊙ وحدةً بوحدة في f′(z).',
  'layer-delta.panel.softmax':
    'مع مخرج سوفتماكس والإنتروبيا المتقاطعة يكون ∂L/∂a = −y/a، وتحوّله مصفوفة جاكوبي لسوفتماكس J = diag(a) − a aᵀ إلى Jᵀ ∂L/∂a = −y + a (Σ y) = a − y، لأن مجموع y يساوي 1.',
  'layer-delta.panel.jacobian': 'مصفوفة جاكوبي لسوفتماكس J عند هذا المدخل، ∂aᵢ/∂zⱼ:',
  'layer-delta.panel.gradients': 'تدرجات أوزانها: δ في مدخل الطبقة',
  'layer-delta.panel.table': '{layer}، وحدةً بوحدة',
  'layer-delta.panel.tableUnit': 'الوحدة',
  'layer-delta.cost.heading': 'كلفة التمرير العكسي',
  'layer-delta.cost.note':
    'عمليات الضرب والجمع للأحجام {sizes}. إعادة استخدام δ كل طبقة تُبقي التمرير العكسي في حدود مضاعف صغير للتمرير الأمامي؛ أما إعادة حساب سلسلة كل وزن بدءًا من الخسارة فلا.',
  'layer-delta.cost.pass': 'التمرير',
  'layer-delta.cost.count': 'عمليات ضرب وجمع (× الأمامي)',
  'layer-delta.cost.forward': 'الأمامي',
  'layer-delta.cost.backward': 'العكسي، بإعادة استخدام δ',
  'layer-delta.cost.naive': 'الساذج، لكل وزن على حدة',
  'layer-delta.cost.axis': 'عرض الطبقة المخفية',
  'layer-delta.cost.caption':
    'كل طبقة مخفية بالعرض المبيّن على المحور x؛ وتشير النقاط إلى هذه الشبكة.',
  'layer-delta.cost.chart':
    'مخطط: عمليات الضرب والجمع مقابل عرض الطبقة المخفية من {from} إلى {to}، بمقياس لوغاريتمي. عند العرض {to}: الأمامي {forward}، والعكسي {backward}، والساذج {naive}. يبقى العكسي نحو {backwardRatio} قياسًا إلى الأمامي؛ أما الطريقة الساذجة فتبلغ {naiveRatio} قياسًا إلى الأمامي.',
  'layer-delta.say.outputBce':
    'طبقة المخرجات: دلتا تساوي a ناقص y: {deltas}. تدرجات W{layer} هي دلتا في مدخل الطبقة.',
  'layer-delta.say.outputMse':
    'طبقة المخرجات: دلتا تساوي اثنين في (a ناقص y)، في مشتقة f عند z: {deltas}. تدرجات W{layer} هي دلتا في مدخل الطبقة.',
  'layer-delta.say.outputCe':
    'طبقة المخرجات: مع سوفتماكس والإنتروبيا المتقاطعة، دلتا تساوي a ناقص y: {deltas}. تدرجات W{layer} هي دلتا في مدخل الطبقة.',
  'layer-delta.say.hidden':
    'الطبقة المخفية {number}: أُعيدت قيم دلتا عبر منقول W{above} وضُربت في مشتقة f عند z: {deltas}. تدرجات W{number} جاهزة.',
  'layer-delta.say.reset':
    'مُسح التمرير العكسي: لا قيم دلتا بعد. تقدّم خطوة إلى الخلف لتبدأ من الخسارة.',
  'layer-delta.say.selected': 'تم تحديد {layer}: دلتا {deltas}.',
  'layer-delta.say.selectedPending': 'تم تحديد {layer}: دلتا لم تُحسب بعد.',
  'layer-delta.say.weight':
    '{weight} يساوي {value}؛ وتدرجه {gradient}: دلتا {delta} في المدخل {input}',
  'layer-delta.say.weightPending':
    '{weight} يساوي {value}؛ ويظهر تدرجه حين يصل التمرير العكسي إلى {layer}',
  'layer-delta.say.vector': '{field} {index} يساوي {value}؛ المخرج {output}، الخسارة {loss}.',
  'layer-delta.problem.x': {
    zero: 'المتوقع {count} عدد، واحد لكل وحدة في طبقة المدخلات (تبدأ sizes بـ {count})، لكن الموجود {got}',
    one: 'المتوقع عدد واحد، لوحدة طبقة المدخلات الوحيدة (تبدأ sizes بـ {count})، لكن الموجود {got}',
    two: 'المتوقع عددان، واحد لكل وحدة في طبقة المدخلات (تبدأ sizes بـ {count})، لكن الموجود {got}',
    few: 'المتوقع {count} أعداد، واحد لكل وحدة في طبقة المدخلات (تبدأ sizes بـ {count})، لكن الموجود {got}',
    many: 'المتوقع {count} عددًا، واحد لكل وحدة في طبقة المدخلات (تبدأ sizes بـ {count})، لكن الموجود {got}',
    other:
      'المتوقع {count} عدد، واحد لكل وحدة في طبقة المدخلات (تبدأ sizes بـ {count})، لكن الموجود {got}',
  },
  'layer-delta.problem.y': {
    zero: 'المتوقع {count} عدد، واحد لكل وحدة في طبقة المخرجات (تنتهي sizes بـ {count})، لكن الموجود {got}',
    one: 'المتوقع عدد واحد، لوحدة طبقة المخرجات الوحيدة (تنتهي sizes بـ {count})، لكن الموجود {got}',
    two: 'المتوقع عددان، واحد لكل وحدة في طبقة المخرجات (تنتهي sizes بـ {count})، لكن الموجود {got}',
    few: 'المتوقع {count} أعداد، واحد لكل وحدة في طبقة المخرجات (تنتهي sizes بـ {count})، لكن الموجود {got}',
    many: 'المتوقع {count} عددًا، واحد لكل وحدة في طبقة المخرجات (تنتهي sizes بـ {count})، لكن الموجود {got}',
    other:
      'المتوقع {count} عدد، واحد لكل وحدة في طبقة المخرجات (تنتهي sizes بـ {count})، لكن الموجود {got}',
  },
  'layer-delta.problem.misfit': 'لم تُستخدم: {name} لن يتوافق معها ({reason})',
  'layer-delta.problem.yRange':
    'المتوقع أعداد من {min} إلى {max}، لكن الموجود {got} (مع loss="{loss}" يكون كل هدف احتمالًا)',
  'layer-delta.problem.ceOutputs':
    'يحتاج loss="ce" إلى مخرجين على الأقل: سوفتماكس على مخرج واحد يساوي 1 دائمًا',
  'layer-delta.problem.ceNegative': 'مع loss="ce" لا يجوز أن يكون أي عنصر في الهدف سالبًا',
  'layer-delta.problem.ceSum':
    'مع loss="ce" يجب أن يكون الهدف متجهًا أحادي النشط أو متجه احتمالات مجموعه 1، لا {sum}',
  'layer-delta.problem.weights':
    'المتوقع مصفوفات من أعداد منتهية عددها {layers}، بالأشكال {shapes} (يربط weights[l][i][j] الوحدة j في الطبقة l بالوحدة i في الطبقة l+1)',
  'layer-delta.problem.weightsAt':
    'المتوقع مصفوفات من أعداد منتهية عددها {layers}، بالأشكال {shapes} (يربط weights[l][i][j] الوحدة j في الطبقة l بالوحدة i في الطبقة l+1)؛ وweights[{index}] لا يطابق ذلك',
  'layer-delta.problem.biases': 'المتوقع متجهات من أعداد منتهية عددها {layers}، بالأحجام {sizes}',
  'layer-delta.problem.biasesAt':
    'المتوقع متجهات من أعداد منتهية عددها {layers}، بالأحجام {sizes}؛ وbiases[{index}] لا يطابق ذلك',
  'layer-delta.problem.overflow':
    'تكبر الأعداد أكثر من أن تُحسب: جرّب مدخلات أو أهدافًا أو أوزانًا أصغر',
  'layer-delta.status.predict': 'توقّع δ التالية أدناه لتتابع.',
  'layer-delta.panel.predict': 'توقّع {delta} من هذه الأعداد، ثم تقدّم خطوة إلى الخلف.',
  'layer-delta.ask.delta': 'توقّع δ في {unit}',
  'layer-delta.hint.slope': 'اضرب في f′(z) أيضًا: ميل الوحدة يضاعف ما يعود عبرها.',
  'layer-delta.hint.slopeCancels':
    'مع الإنتروبيا المتقاطعة يُختصر ميل المخرج: δ = a − y، بلا f′(z).',
  'layer-delta.hint.two': 'لمشتقة الخطأ التربيعي معامل 2: δ = 2(a − y) f′(z).',
  'layer-delta.hint.transpose':
    'استخدم صف هذه الوحدة في Wᵀ: الأوزان الخارجة منها، كلٌّ مضروب في δ الوحدة التي يغذيها.',
  'layer-delta.hint.rule': 'استخدم القاعدة: {rule}.',
};
