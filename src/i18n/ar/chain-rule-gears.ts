import type { Messages } from '../../internal/i18n.js';

/** The ar messages of <chain-rule-gears>. */
export const messages: Messages = {
  // chain-rule-gears
  'chain-rule-gears.name.lever': 'الرافعة',
  'chain-rule-gears.name.gear': 'الترس {number}',
  'chain-rule-gears.unit.lever': 'سم',
  'chain-rule-gears.unit.gear': '°',
  'chain-rule-gears.spoken.degrees': {
    zero: '{value} درجة',
    one: '{value} درجة',
    two: '{value} درجة',
    few: '{value} درجات',
    many: '{value} درجة',
    other: '{value} درجة',
  },
  'chain-rule-gears.spoken.amount': '{value} {unit}',
  'chain-rule-gears.diagram': {
    zero: '{lever} لا تدير أي ترس',
    one: '{lever} تدير ترسًا واحدًا',
    two: '{lever} تدير ترسين',
    few: '{lever} تدير {count} تروس',
    many: '{lever} تدير {count} ترسًا',
    other: '{lever} تدير {count} ترس',
  },
  'chain-rule-gears.lever.name': 'إزاحة {lever}',
  'chain-rule-gears.lever.valueText': '{amount}؛ ويدور {last} بمقدار {lastAmount}',
  'chain-rule-gears.lever.hint':
    'اسحب، أو استخدم مفاتيح الأسهم للتحريك بمقدار 0.1؛ ويحرّك Shift مع سهم، أو Page Up وPage Down، بمقدار 1؛ وينقل Home وEnd إلى الطرفين.',
  'chain-rule-gears.gear.label': '{name}: النسبة {ratio}؛ دار بمقدار {amount}',
  'chain-rule-gears.gear.labelReversed':
    '{name}: النسبة {ratio}، بالاتجاه المعاكس؛ دار بمقدار {amount}',
  'chain-rule-gears.gear.labelDisengaged': '{name}: مفصول، النسبة 0: لا يدور؛ دار بمقدار {amount}',
  'chain-rule-gears.readouts': 'إزاحة كل مرحلة',
  'chain-rule-gears.gear.withDirection': '{label}، {direction}',
  'chain-rule-gears.direction.clockwise': 'محسوبة باتجاه عقارب الساعة',
  'chain-rule-gears.direction.counterclockwise': 'محسوبة عكس اتجاه عقارب الساعة',
  'chain-rule-gears.convention':
    'التروس المتعشقة تدور في اتجاهين متعاكسين. تُحسب زاوية كل ترس في اتجاه سهمه، لذا تحافظ النسبة الموجبة على إشارة قراءة الترس الذي يديره.',
  'chain-rule-gears.formula.title': 'قاعدة السلسلة، بعامل لكل ترس',
  'chain-rule-gears.formula.total': 'd {last} على d {first} يساوي {value}',
  'chain-rule-gears.formula.factor': 'عامل {name}: d {name} على d {previous} يساوي {value}',
  'chain-rule-gears.formula.summary': 'كل {unitStep} من حركة {lever} يدير {last} بمقدار {amount}.',
  'chain-rule-gears.reset': 'أعِد {lever} إلى {amount}',
  'chain-rule-gears.narration.lever': '{name} عند {amount}',
  'chain-rule-gears.narration.gear': 'يدور {name} بمقدار {amount}: {ratio} مضروبًا في {before}',
  'chain-rule-gears.narration.separator': '؛ ',
  'chain-rule-gears.narration.sentence': '{clauses}.',
  'chain-rule-gears.ask.product': 'توقّع d {last} / d {lever}، مشتقة السلسلة كلها',
  'chain-rule-gears.hint.sum':
    'تتضاعف الآثار على طول السلسلة: كل ترس يدور بنسبته مضروبة فيما حرّكه.',
  'chain-rule-gears.hint.partial': 'هذا ترس واحد فقط: كل نسبة في السلسلة تُحسب.',
  'chain-rule-gears.hint.rule': 'اضرب النسب على طول السلسلة: {factors}.',
  'chain-rule-gears.formula.totalHidden': 'd {last} على d {first}: مخفي حتى تجيب',
  'chain-rule-gears.gear.labelHidden': '{name}: النسبة {ratio}؛ دورانه مخفي حتى تجيب',
};
