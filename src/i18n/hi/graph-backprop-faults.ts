import type { Messages } from '../../internal/i18n.js';

// Why text is not an expression (the core's parse faults, core/parse-words.ts): fetched with
// the first expression a <graph-backprop> cannot read. `{at}` and `{opened}` are 0-based
// positions in the text, `{found}` what stands there, `{name}` a function's name.
export const messages: Messages = {
  'graph-backprop-faults.notText': 'व्यंजक टेक्स्ट होना चाहिए',
  'graph-backprop-faults.tooLong': 'व्यंजक बहुत लंबा है ({length} अक्षर, अधिकतम {max})',
  'graph-backprop-faults.times': "स्थान {at} पर अनपेक्षित '{found}': गुणा के लिए * लिखें",
  'graph-backprop-faults.character': "स्थान {at} पर अनपेक्षित अक्षर '{found}'",
  'graph-backprop-faults.tooLarge': 'व्यंजक बहुत बड़ा है ({max} से अधिक नोड)',
  'graph-backprop-faults.tooDeep': 'व्यंजक बहुत गहराई तक नेस्टेड है ({max} से अधिक स्तर)',
  'graph-backprop-faults.empty': 'व्यंजक खाली है',
  'graph-backprop-faults.unmatched': "स्थान {at} पर ')' का कोई जोड़ा नहीं है",
  'graph-backprop-faults.operatorBefore':
    "स्थान {at} पर '{found}' से पहले ऑपरेटर चाहिए (गुणा के लिए * लिखें)",
  'graph-backprop-faults.operatorBeforeEnd': 'स्थान {at} पर अंत से पहले ऑपरेटर चाहिए (गुणा के लिए * लिखें)',
  'graph-backprop-faults.unexpected': "स्थान {at} पर अनपेक्षित '{found}'",
  'graph-backprop-faults.unexpectedEnd': 'स्थान {at} पर अनपेक्षित अंत',
  'graph-backprop-faults.bigNumber': 'स्थान {at} पर संख्या {found} बहुत बड़ी है',
  'graph-backprop-faults.endsEarly':
    "व्यंजक बहुत जल्दी खत्म हो गया: स्थान {at} पर संख्या, नाम या '(' चाहिए",
  'graph-backprop-faults.operand': "स्थान {at} पर संख्या, नाम या '(' चाहिए, पर '{found}' मिला",
  'graph-backprop-faults.operandEnd': "स्थान {at} पर संख्या, नाम या '(' चाहिए, पर व्यंजक खत्म हो गया",
  'graph-backprop-faults.unclosed': "स्थान {at} पर ')' चाहिए, पर '{found}' मिला",
  'graph-backprop-faults.unclosedEnd': "स्थान {opened} के '(' को बंद करने के लिए स्थान {at} पर ')' चाहिए",
  'graph-backprop-faults.functionAsVariable': "'{name}' एक फ़ंक्शन है: स्थान {at} पर {name}(...) लिखें",
  'graph-backprop-faults.unknownFunction': "अज्ञात फ़ंक्शन '{name}', क्या आपका मतलब '{suggestion}' था?",
  'graph-backprop-faults.unknownFunctionKnown': "अज्ञात फ़ंक्शन '{name}' (ज्ञात: {known})",
  'graph-backprop-faults.arity': { other: "'{name}' {count} आर्ग्युमेंट लेता है, मिले {got}" },
};
