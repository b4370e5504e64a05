import type { Messages } from '../../internal/i18n.js';

/**
 * Arabic (Modern Standard). Terms follow GLOSSARY.md; keys and placeholders match English exactly.
 * This part has the messages every element shares (attribute notes, numbers, exercises, the loader
 * and embed pages); each element's are in ar/<tag>.ts.
 */
export const messages: Messages = {
  // shared: attribute notes, numbers
  'attr.expected': 'المتوقع {expected}',
  'attr.expectedGot': 'المتوقع {expected}، لكن الموجود {got}',
  'attr.listEntry': 'المتوقع {expected}؛ والقيمة «{entry}» لا تطابق المطلوب ({kind})',
  'attr.nothing': 'لا شيء',
  'attr.emptyEntry': 'قيمة فارغة',
  'attr.notFinite': 'قيمة ليست عددًا منتهيًا',
  'attr.quoted': '«{text}»',
  'attr.number': 'عدد',
  'attr.numberFromTo': 'عدد من {min} إلى {max}',
  'attr.wholeFromTo': 'عدد صحيح من {min} إلى {max}',
  'attr.list': {
    zero: '{count} قيمة ({kind})، مفصولة بمسافات أو فواصل',
    one: 'قيمة واحدة ({kind})',
    two: 'قيمتان ({kind})، مفصولتان بمسافة أو فاصلة',
    few: '{count} قيم ({kind})، مفصولة بمسافات أو فواصل',
    many: '{count} قيمةً ({kind})، مفصولة بمسافات أو فواصل',
    other: '{count} قيمة ({kind})، مفصولة بمسافات أو فواصل',
  },
  'attr.listBetween': 'بين {min} و{max} من القيم ({kind})، مفصولة بمسافات أو فواصل',
  'attr.numbers': 'أعداد',
  'attr.numbersFromTo': 'أعداد من {min} إلى {max}',
  'attr.wholesFromTo': 'أعداد صحيحة من {min} إلى {max}',
  'attr.assignments': 'أزواج اسم=عدد مفصولة بفواصل، مثل «x=2, w=-1»',
  'attr.assignmentMissing': 'المتوقع {expected}؛ و«{pair}» ليس على صورة اسم=عدد',
  'attr.assignmentNumber': 'المتوقع عدد للمتغير {name}، لكن الموجود {got}',
  'attr.oneOf': 'المتوقع واحد من {choices}، لكن الموجود {got}',
  'attr.labels': 'المتوقع قائمة قصيرة من الأسماء مفصولة بفواصل',
  'attr.labelsAtMost': 'المتوقع أسماء مفصولة بفواصل، لا يزيد عددها على {max}',
  'attr.unreadable': 'المتوقع قيمة يمكن قراءتها نصًا؛ هذه القيمة تحتوي على نفسها أو لا يمكن قراءتها',
  'number.minus': 'سالب {value}',
  'problem.readOnly': '{property} للقراءة فقط؛ وقد تم تجاهل القيمة المعيّنة',
  // exercises ("predict, then check"), shared by every element
  'exercise.fieldHint': 'اكتب عددًا أو عملية حسابية بسيطة، مثل -0.8*1.5',
  'exercise.check': 'تحقّق',
  'exercise.showAnswer': 'أظهر الإجابة',
  'exercise.tryNew': 'جرّب أعدادًا جديدة',
  'exercise.right': 'صحيح: {working} ✓',
  'exercise.wrong': 'ليس بعد.',
  'exercise.wrong.sign': 'ليس بعد: راجع الإشارة.',
  'exercise.revealed': 'الإجابة: {working}',
  'exercise.outOfAttempts': 'لم تبقَ محاولات. الإجابة: {working}',
  'exercise.unreadable.empty': 'اكتب عددًا أولًا.',
  'exercise.unreadable.syntax': 'هذا ليس عددًا ولا عملية حسابية يستطيع هذا الشكل قراءتها.',
  'exercise.unreadable.name': "استخدم الأعداد فقط: '{name}' اسم وليس عددًا.",
  'exercise.unreadable.notFinite': 'لا ينتج عن ذلك عدد منتهٍ.',
  'exercise.score': {
    zero: '{correct} من {count} إجابات صحيحة، {firstTry} من المحاولة الأولى',
    one: '{correct} من {count} إجابات صحيحة، {firstTry} من المحاولة الأولى',
    two: '{correct} من {count} إجابات صحيحة، {firstTry} من المحاولة الأولى',
    few: '{correct} من {count} إجابات صحيحة، {firstTry} من المحاولة الأولى',
    many: '{correct} من {count} إجابة صحيحة، {firstTry} من المحاولة الأولى',
    other: '{correct} من {count} إجابة صحيحة، {firstTry} من المحاولة الأولى',
  },
  'exercise.notYet': 'مخفي حتى تجيب',
  // embed pages and the loader: notes of the page around a figure
  'embed.noElement': 'حدِّد عنصرًا بـ ?el=، مثل ?el={example}.',
  'embed.unknownElement': 'عنصر غير معروف: «{tag}».',
  'embed.unavailable': 'العنصر «{tag}» غير متاح هنا.',
  'embed.tooLong': {
    zero: 'تم تجاهل «{name}»: قيمته أطول من {count} حرف.',
    one: 'تم تجاهل «{name}»: قيمته أطول من حرف واحد ({count}).',
    two: 'تم تجاهل «{name}»: قيمته أطول من حرفين ({count}).',
    few: 'تم تجاهل «{name}»: قيمته أطول من {count} أحرف.',
    many: 'تم تجاهل «{name}»: قيمته أطول من {count} حرفًا.',
    other: 'تم تجاهل «{name}»: قيمته أطول من {count} حرف.',
  },
  'embed.notParameterGuess': '«{name}» ليس من معاملات {tag}؛ هل تقصد «{guess}»؟',
  'embed.notParameter': '«{name}» ليس من معاملات {tag}.',
  'embed.parameterList': 'المعاملات المتاحة: {list}.',
  'embed.badPassMark': 'تأخذ «pass» نسبة مئوية من 0 إلى 100، وليس «{got}»؛ تُستخدم {fallback}.',
  'embed.noscript': 'يحتاج هذا الشكل التفاعلي إلى JavaScript.',
  'loader.missing':
    'تعذَّر تحميل هذا الشكل التفاعلي (<{tag}>): ملف يحتاجه مفقود أو لا يمكن الوصول إليه. يجب أن يقدِّم الموقع الذي يستضيف backprop-elements مجلد dist/ كاملًا (chunks/ وfonts/ بجانب backprop-elements.js).',
};
