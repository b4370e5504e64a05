import type { Messages } from '../../internal/i18n.js';

/**
 * Hindi. Terms follow GLOSSARY.md; keys and placeholders match English exactly. This part has the
 * messages every element shares (attribute notes, numbers, exercises, the loader and embed pages);
 * each element's are in hi/<tag>.ts.
 */
export const messages: Messages = {
  // shared: attribute notes, numbers
  'attr.expected': 'अपेक्षित: {expected}',
  'attr.expectedGot': 'अपेक्षित: {expected}; मिला: {got}',
  'attr.listEntry': "अपेक्षित: {expected}; '{entry}' {kind} नहीं है",
  'attr.nothing': 'कुछ नहीं',
  'attr.emptyEntry': 'एक खाली प्रविष्टि',
  'attr.notFinite': 'ऐसा मान जो परिमित संख्या नहीं है',
  'attr.quoted': "'{text}'",
  'attr.number': 'एक संख्या',
  'attr.numberFromTo': '{min} से {max} तक की एक संख्या',
  'attr.wholeFromTo': '{min} से {max} तक का एक पूर्णांक',
  'attr.list': {
    one: '{count} मान ({kind}), स्पेस या कॉमा से अलग किया हुआ',
    other: '{count} मान ({kind}), स्पेस या कॉमा से अलग किए हुए',
  },
  'attr.listBetween': '{min} से {max} मान ({kind}), स्पेस या कॉमा से अलग किए हुए',
  'attr.numbers': 'संख्याएँ',
  'attr.numbersFromTo': '{min} से {max} तक की संख्याएँ',
  'attr.wholesFromTo': '{min} से {max} तक के पूर्णांक',
  'attr.assignments': "कॉमा से अलग किए गए नाम=संख्या जोड़े, जैसे 'x=2, w=-1'",
  'attr.assignmentMissing': "अपेक्षित: {expected}; '{pair}' में नाम=संख्या नहीं है",
  'attr.assignmentNumber': '{name} के लिए एक संख्या अपेक्षित थी; मिला: {got}',
  'attr.oneOf': 'अपेक्षित: इनमें से एक: {choices}; मिला: {got}',
  'attr.labels': 'अपेक्षित: कॉमा से अलग किए गए नामों की एक छोटी सूची',
  'attr.labelsAtMost': 'अपेक्षित: कॉमा से अलग किए गए अधिक से अधिक {max} नाम',
  'attr.unreadable':
    'अपेक्षित: ऐसा मान जिसे पाठ के रूप में पढ़ा जा सके; यह मान स्वयं को समाहित करता है या पढ़ा नहीं जा सकता',
  'number.minus': 'माइनस {value}',
  'problem.readOnly': '{property} केवल पढ़ने के लिए है; सेट किया गया मान अनदेखा किया गया',
  // exercises ("predict, then check"), shared by every element
  'exercise.fieldHint': 'कोई संख्या या छोटा हिसाब लिखें, जैसे -0.8*1.5',
  'exercise.check': 'जाँचें',
  'exercise.showAnswer': 'उत्तर दिखाएँ',
  'exercise.tryNew': 'नई संख्याओं से आज़माएँ',
  'exercise.right': 'सही: {working} ✓',
  'exercise.wrong': 'अभी नहीं।',
  'exercise.wrong.sign': 'अभी नहीं: चिह्न जाँचें।',
  'exercise.revealed': 'उत्तर: {working}',
  'exercise.outOfAttempts': 'कोई प्रयास नहीं बचा। उत्तर: {working}',
  'exercise.unreadable.empty': 'पहले कोई संख्या लिखें।',
  'exercise.unreadable.syntax': 'यह कोई संख्या या ऐसा हिसाब नहीं है जिसे यह चित्र पढ़ सके।',
  'exercise.unreadable.name': "केवल संख्याएँ लिखें: '{name}' एक नाम है, संख्या नहीं।",
  'exercise.unreadable.notFinite': 'इससे कोई परिमित संख्या नहीं बनती।',
  'exercise.score': {
    one: '{count} में से {correct} प्रश्न सही, {firstTry} पहली बार में',
    other: '{count} में से {correct} प्रश्न सही, {firstTry} पहली बार में',
  },
  'exercise.notYet': 'उत्तर देने तक छिपा हुआ',
  // embed pages and the loader: notes of the page around a figure
  'embed.noElement': '?el= से एक एलिमेंट चुनें, जैसे ?el={example}।',
  'embed.unknownElement': 'अज्ञात एलिमेंट "{tag}"।',
  'embed.unavailable': 'एलिमेंट "{tag}" यहाँ उपलब्ध नहीं है।',
  'embed.tooLong': '"{name}" को अनदेखा किया गया: इसका मान {count} अक्षरों से लंबा है।',
  'embed.notParameterGuess': '"{name}" {tag} का पैरामीटर नहीं है; क्या आपका मतलब "{guess}" था?',
  'embed.notParameter': '"{name}" {tag} का पैरामीटर नहीं है।',
  'embed.parameterList': 'पैरामीटर ये हैं: {list}।',
  'embed.badPassMark':
    '“pass” 0 से 100 तक का प्रतिशत लेता है, “{got}” नहीं; {fallback} का उपयोग किया जा रहा है।',
  'embed.noscript': 'इस इंटरैक्टिव चित्र के लिए JavaScript ज़रूरी है।',
  'loader.missing':
    'यह इंटरैक्टिव चित्र (<{tag}>) लोड नहीं हो सका: इसकी ज़रूरत की कोई फ़ाइल मौजूद नहीं है या उस तक पहुँचा नहीं जा सकता। backprop-elements को होस्ट करने वाली साइट को पूरा dist/ फ़ोल्डर देना होगा (backprop-elements.js के साथ chunks/ और fonts/)।',
};
