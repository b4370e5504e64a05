import type { Messages } from '../../internal/i18n.js';

/** The hi messages of <graph-backprop>. */
export const messages: Messages = {
  // graph-backprop
  'graph-backprop.kind.add': 'जोड़ नोड',
  'graph-backprop.kind.sub': 'घटाव नोड',
  'graph-backprop.kind.mul': 'गुणा नोड',
  'graph-backprop.kind.div': 'भाग नोड',
  'graph-backprop.kind.pow': 'घात नोड',
  'graph-backprop.kind.neg': 'ऋणात्मक नोड',
  'graph-backprop.kind.exp': 'एक्सपोनेंशियल नोड',
  'graph-backprop.kind.log': 'लॉग नोड',
  'graph-backprop.kind.sqrt': 'वर्गमूल नोड',
  'graph-backprop.kind.sin': 'साइन नोड',
  'graph-backprop.kind.cos': 'कोसाइन नोड',
  'graph-backprop.kind.tanh': 'tanh नोड',
  'graph-backprop.kind.sigmoid': 'सिग्मॉइड नोड',
  'graph-backprop.kind.relu': 'ReLU नोड',
  'graph-backprop.kind.abs': 'निरपेक्ष मान नोड',
  'graph-backprop.kind.bce': 'बाइनरी क्रॉस-एन्ट्रॉपी नोड',
  'graph-backprop.kind.bce_logits': 'लॉजिट से बाइनरी क्रॉस-एन्ट्रॉपी नोड',
  'graph-backprop.kind.mse': 'वर्ग त्रुटि नोड',
  'graph-backprop.kind.variable': 'चर',
  'graph-backprop.kind.constant': 'अचर',
  'graph-backprop.name.op': '{kind}',
  'graph-backprop.name.constant': 'अचर {value}',
  'graph-backprop.op.add': 'अपने इनपुट जोड़ता है; ग्रेडिएंट बिना बदले दोनों तक जाता है।',
  'graph-backprop.op.sub':
    'पहले इनपुट में से दूसरा घटाता है; ग्रेडिएंट पहले तक वैसा ही जाता है और दूसरे के लिए उसका चिह्न उलट जाता है।',
  'graph-backprop.op.mul': 'अपने इनपुट गुणा करता है; हर इनपुट का स्थानीय ग्रेडिएंट दूसरा इनपुट है।',
  'graph-backprop.op.div': 'पहले इनपुट को दूसरे से भाग देता है।',
  'graph-backprop.op.pow': 'पहले इनपुट पर दूसरे की घात लगाता है।',
  'graph-backprop.op.neg': 'चिह्न उलटता है; ग्रेडिएंट का चिह्न भी उलट जाता है।',
  'graph-backprop.op.exp': 'एक्सपोनेंशियल; इसका स्थानीय ग्रेडिएंट इसका अपना आउटपुट है।',
  'graph-backprop.op.log': 'प्राकृतिक लघुगणक; इसका स्थानीय ग्रेडिएंट एक बटा इसका इनपुट है।',
  'graph-backprop.op.sqrt': 'वर्गमूल; इसका स्थानीय ग्रेडिएंट एक बटा इसके आउटपुट का दोगुना है।',
  'graph-backprop.op.sin': 'साइन; इसका स्थानीय ग्रेडिएंट इसके इनपुट का कोसाइन है।',
  'graph-backprop.op.cos': 'कोसाइन; इसका स्थानीय ग्रेडिएंट इसके इनपुट के साइन का ऋणात्मक है।',
  'graph-backprop.op.tanh': 'हाइपरबोलिक टैनजेंट; इसका स्थानीय ग्रेडिएंट एक घटा इसके आउटपुट का वर्ग है।',
  'graph-backprop.op.sigmoid':
    'अपने इनपुट को (0, 1) में दबा देता है; इसका स्थानीय ग्रेडिएंट इसका आउटपुट गुणा (एक घटा इसका आउटपुट) है।',
  'graph-backprop.op.relu':
    'धनात्मक इनपुट को वैसा ही रखता है और ऋणात्मक को शून्य बना देता है; ग्रेडिएंट तभी आगे जाता है जब इनपुट धनात्मक हो।',
  'graph-backprop.op.abs': 'निरपेक्ष मान; इसका स्थानीय ग्रेडिएंट इसके इनपुट का चिह्न है (शून्य पर शून्य)।',
  'graph-backprop.op.bce':
    'लेबल y के सापेक्ष अनुमानित प्रायिकता p की बाइनरी क्रॉस-एन्ट्रॉपी: जब p, y के पास हो तो छोटी।',
  'graph-backprop.op.bce_logits':
    'प्रायिकता sigmoid(z) के सापेक्ष लेबल y की बाइनरी क्रॉस-एन्ट्रॉपी, सीधे z से गणना की गई ताकि z बड़ा होने पर भी यह सटीक रहे।',
  'graph-backprop.op.mse': 'अनुमान p और लक्ष्य y के बीच वर्ग त्रुटि।',
  'graph-backprop.diagram': '{expr} का गणना ग्राफ़',
  'graph-backprop.node.label': '{name}, मान {value}, ग्रेडिएंट {gradient}',
  'graph-backprop.node.labelSoFar': '{name}, मान {value}, अब तक ग्रेडिएंट {gradient}',
  'graph-backprop.node.labelUnreached': '{name}, मान {value}, ग्रेडिएंट अभी नहीं पहुँचा',
  'graph-backprop.variable.label': '{name}, ग्रेडिएंट {gradient}',
  'graph-backprop.variable.labelSoFar': '{name}, अब तक ग्रेडिएंट {gradient}',
  'graph-backprop.variable.labelUnreached': '{name}, ग्रेडिएंट अभी नहीं पहुँचा',
  'graph-backprop.hint.variable':
    'बाएँ और दाएँ ऐरो मान को {fine} से बदलते हैं, पेज अप और पेज डाउन {coarse} से, होम और एंड सिरों पर ले जाते हैं; ऊपर और नीचे ऐरो दूसरे नोड पर ले जाते हैं; एंटर विवरण खोलता है; या बगल में खींचें।',
  'graph-backprop.hint.node': 'एंटर या स्पेस विवरण खोलता है; ऐरो कुंजियाँ दूसरे नोड पर ले जाती हैं।',
  'graph-backprop.edge.local': 'स्थानीय',
  'graph-backprop.tex.out': 'आउटपुट',
  'graph-backprop.tex.upstream': 'ऊपर से',
  'graph-backprop.tex.local': 'स्थानीय',
  'graph-backprop.caption.single': 'केवल एक इनपुट: अपने ही सापेक्ष इसका ग्रेडिएंट 1 है।',
  'graph-backprop.caption.start':
    'फ़ॉरवर्ड पास के मान आ गए। आउटपुट से ग्रेडिएंट पीछे भेजने के लिए चरण दबाएँ; आउटपुट पर यह 1 से शुरू होता है।',
  'graph-backprop.caption.stepTitle': 'चरण {step} / {total}:',
  'graph-backprop.caption.step':
    '{name} अपना ग्रेडिएंट {gradient} हर इनपुट को देता है, उस इनपुट के स्थानीय ग्रेडिएंट से गुणा करके।',
  'graph-backprop.caption.doneTitle': 'पूरा हुआ।',
  'graph-backprop.caption.done': 'सारे ग्रेडिएंट आ गए; हर चर का ग्रेडिएंट उस तक पहुँची सभी राशियों का योग है:',
  'graph-backprop.controls': 'बैकवर्ड पास',
  'graph-backprop.button.step': 'चरण',
  'graph-backprop.button.play': 'चलाएँ',
  'graph-backprop.button.pause': 'रोकें',
  'graph-backprop.button.reset': 'रीसेट',
  'graph-backprop.counter': 'चरण {step} / {total}',
  'graph-backprop.domain.title': 'गणना नहीं हो सकती:',
  'graph-backprop.domain.body': '{message} ({name} पर)। आगे बढ़ने के लिए कोई मान बदलें।',
  'graph-backprop.expression.label': 'व्यंजक',
  'graph-backprop.expression.help': '{first}, {second} या {third} आज़माएँ।',
  'graph-backprop.expression.failure': 'इसे पढ़ा नहीं जा सका: {message}',
  'graph-backprop.expression.kept': 'नीचे का ग्राफ़ पिछला वह व्यंजक है जो सही था।',
  'graph-backprop.panel.variable': 'चर {name}',
  'graph-backprop.panel.close': 'विवरण बंद करें',
  'graph-backprop.panel.aboutVariable':
    'एक इनपुट जिसे आप बदल सकते हैं: इसे बगल में खींचें, इस पर ऐरो कुंजियाँ इस्तेमाल करें, या यहाँ कोई मान टाइप करें।',
  'graph-backprop.panel.aboutConstant':
    'एक स्थिर संख्या: किसी भी इनपुट की तरह इसका ग्रेडिएंट होता है, पर आप इसे बदल नहीं सकते।',
  'graph-backprop.panel.upstream': 'इस तक पहुँचा ऊपर से आया ग्रेडिएंट:',
  'graph-backprop.panel.outputSeed': '(आउटपुट का अपना ग्रेडिएंट हमेशा 1 होता है)',
  'graph-backprop.panel.input': 'इनपुट {letter} = {name} ({value})',
  'graph-backprop.panel.isOutput': 'यह आउटपुट है, इसलिए इसका ग्रेडिएंट 1 है।',
  'graph-backprop.panel.uses': {
    one: 'इसका ग्रेडिएंट, इसे पढ़ने वाले एकमात्र नोड से, ऊपर से आया × स्थानीय है:',
    other:
      '{count} बार इस्तेमाल हुआ, इसलिए इसका ग्रेडिएंट सभी उपयोगों का योग है (हर एक के लिए ऊपर से आया × स्थानीय):',
  },
  'graph-backprop.panel.via': '{name} के रास्ते:',
  'graph-backprop.panel.notReached': 'बैकवर्ड पास अभी यहाँ तक नहीं पहुँचा है: इसके पहुँचने तक ‘चरण’ दबाएँ।',
  'graph-backprop.panel.forwardNotReached':
    'फ़ॉरवर्ड मोड अभी यहाँ तक नहीं पहुँचा है: इसके पहुँचने तक ‘एक चरण आगे’ दबाएँ।',
  'graph-backprop.panel.tangent':
    '{wrt} के सापेक्ष इसका स्पर्शरेखा मान: हर इनपुट का स्थानीय ग्रेडिएंट × इनपुट का स्पर्शरेखा मान, सबका योग:',
  'graph-backprop.panel.seed':
    'एक इनपुट: यदि यह {wrt} है, जिसका अनुसरण हो रहा है, तो इसका स्पर्शरेखा मान 1 से शुरू होता है, वरना 0 से।',
  'graph-backprop.value.label': '{name} का मान',
  'graph-backprop.value.invalid': 'एक संख्या टाइप करें, जैसे {example}',
  'graph-backprop.check.title': 'परिमित अंतर जाँच',
  'graph-backprop.check.nudge': 'छोटे बदलाव h = {h} के साथ',
  'graph-backprop.check.compare': 'बैकप्रोपेगेशन के अनुसार {autodiff}; इनपुट को थोड़ा बदलने पर {numeric}।',
  'graph-backprop.check.nudgeNode': 'इस नोड के मान में छोटे बदलाव h = {h} के साथ, इसके इनपुट स्थिर रखकर',
  'graph-backprop.check.compareNode':
    'बैकप्रोपेगेशन के अनुसार {autodiff}; इस नोड को थोड़ा बदलने पर {numeric}।',
  'graph-backprop.check.agree': '✓ दोनों मेल खाते हैं।',
  'graph-backprop.check.differ': '✗ दोनों अलग हैं।',
  'graph-backprop.say.start': 'शुरुआत पर वापस: केवल आउटपुट के पास उसका ग्रेडिएंट 1 है।',
  'graph-backprop.say.step': 'चरण {step} / {total}: {name} ग्रेडिएंट {gradient} आगे देता है।',
  'graph-backprop.say.contribution':
    '{name} को {contribution} मिलता है: ऊपर से आया {upstream} गुणा स्थानीय {local}।',
  'graph-backprop.say.done': 'सारे ग्रेडिएंट पूरे हो गए।',
  'graph-backprop.say.playStep': 'चरण {step} / {total}: {name}।',
  'graph-backprop.say.selected': '{name} चुना गया, {kind}: मान {value}, ग्रेडिएंट {gradient}।',
  'graph-backprop.say.variable': '{name} {value} है। आउटपुट {output}; {name} का ग्रेडिएंट {gradient}।',
  'graph-backprop.say.variableProblem': '{name} {value} है। गणना नहीं हो सकती: {problem}।',
  'graph-backprop.say.newGraph': {
    one: 'नया ग्राफ़: आउटपुट {output}, बैकवर्ड पास का {count} चरण।',
    other: 'नया ग्राफ़: आउटपुट {output}, बैकवर्ड पास के {count} चरण।',
  },
  'graph-backprop.say.paused': 'चरण {step} / {total} पर रुका।',
  'graph-backprop.say.closed': 'विवरण बंद हुआ।',
  'graph-backprop.mode.legend': 'पास',
  'graph-backprop.mode.reverse': 'रिवर्स मोड (बैकवर्ड)',
  'graph-backprop.mode.forward': 'फ़ॉरवर्ड मोड',
  'graph-backprop.wrt.label': 'किसके सापेक्ष स्पर्शरेखा मान',
  'graph-backprop.forward.controls': 'फ़ॉरवर्ड मोड पास',
  'graph-backprop.forward.button': 'एक चरण आगे',
  'graph-backprop.forward.label': '{name}, मान {value}, स्पर्शरेखा मान {tangent}',
  'graph-backprop.forward.labelUnreached': '{name}, मान {value}, स्पर्शरेखा मान अभी नहीं पहुँचा',
  'graph-backprop.forward.start':
    'फ़ॉरवर्ड मोड: {wrt} का स्पर्शरेखा मान 1 से और बाकी हर इनपुट का 0 से शुरू होता है। इसे एक-एक नोड करके आगे ले जाने के लिए «एक चरण आगे» दबाएँ।',
  'graph-backprop.forward.step':
    '{name} अपने सभी इनपुट पर स्थानीय ग्रेडिएंट × इनपुट का स्पर्शरेखा मान जोड़ता है: इसका स्पर्शरेखा मान {tangent} है।',
  'graph-backprop.forward.done':
    'आउटपुट का स्पर्शरेखा मान, {tangent}, {wrt} के सापेक्ष ग्रेडिएंट है: बैकवर्ड पास भी {wrt} के लिए {gradient} देता है।',
  'graph-backprop.forward.tally': {
    one: 'इस आउटपुट के सभी ग्रेडिएंट: फ़ॉरवर्ड मोड को {count} पास चाहिए (हर इनपुट के लिए एक), रिवर्स मोड को 1 (हर आउटपुट के लिए एक)।',
    other:
      'इस आउटपुट के सभी ग्रेडिएंट: फ़ॉरवर्ड मोड को {count} पास चाहिए (हर इनपुट के लिए एक), रिवर्स मोड को 1 (हर आउटपुट के लिए एक)।',
  },
  'graph-backprop.tex.tangentTitle': 'स्पर्शरेखा मान',
  'graph-backprop.say.forwardStep':
    'चरण {step} / {total}: {name} को स्पर्शरेखा मान {tangent} मिलता है।',
  'graph-backprop.say.forwardDone':
    'आउटपुट का स्पर्शरेखा मान {tangent}, {wrt} के लिए बैकवर्ड पास के ग्रेडिएंट के बराबर है।',
  'graph-backprop.say.mode.reverse': 'रिवर्स मोड: ग्रेडिएंट आउटपुट से पीछे की ओर बहता है।',
  'graph-backprop.say.mode.forward': 'फ़ॉरवर्ड मोड: {wrt} का स्पर्शरेखा मान देखा जा रहा है।',
  'graph-backprop.problem.unknownVariable': "'{name}' {expr} का चर नहीं है (इसके चर: {names})",
  'graph-backprop.problem.brokenName':
    'एक नाम टूटी हुई संख्या जैसा पढ़ा जाता है; {expr} में इस नाम का कोई चर नहीं है',
  'graph-backprop.problem.unknownVariableNone': "'{name}' {expr} का चर नहीं है, इसमें कोई चर नहीं है",
  'graph-backprop.problem.selected':
    "अपेक्षित: कोई चर नाम ({names}) या n0 से {last} तक का नोड आईडी; मिला: '{got}'",
  'graph-backprop.problem.selectedNoVariables': "अपेक्षित: n0 से {last} तक का नोड आईडी; मिला: '{got}'",
  'graph-backprop.problem.confusingName':
    'एक चर नाम टूटी हुई संख्या जैसा पढ़ा जाता है; कोई दूसरा चर नाम चुनें',
  'graph-backprop.problem.wrt':
    "'{name}' {expr} का चर नहीं है; फ़ॉरवर्ड मोड {names} का स्पर्शरेखा मान देख सकता है",
  'graph-backprop.problem.parse': 'व्यंजक पढ़ा नहीं जा सका: {message}',
  // ask: refused words, the questions and their hints
  'graph-backprop.problem.ask': "'{name}' {expr} का चर नहीं है; ask में steps या {names} लिखे जा सकते हैं",
  'graph-backprop.ask.step':
    'चरण {step}: अनुमान लगाइए कि {name} {input} को क्या लौटाता है (ऊपर से × स्थानीय)',
  'graph-backprop.ask.gradient': '∂आउटपुट/∂{name} का अनुमान लगाइए, {name} के सापेक्ष आउटपुट का ग्रेडिएंट',
  'graph-backprop.hint.local': 'यह केवल स्थानीय अवकलज है: इसे ऊपर से आने वाले ग्रेडिएंट से गुणा कीजिए।',
  'graph-backprop.hint.upstream':
    'यह केवल ऊपर से आया ग्रेडिएंट है: इसे इस नोड के स्थानीय अवकलज से गुणा कीजिए।',
  'graph-backprop.hint.sum': 'ऊपर से आया और स्थानीय गुणा होते हैं; जुड़ते नहीं।',
  'graph-backprop.hint.path': 'यह केवल एक उपयोग है: हर उपयोग के हिस्से जुड़ते हैं।',
  'graph-backprop.hint.stepRule': 'ऊपर से आए को स्थानीय से गुणा कीजिए: {factors}।',
  'graph-backprop.hint.gradientRule': '{name} के हर उपयोग पर ऊपर से × स्थानीय जोड़िए: {terms}।',
  'graph-backprop.ask.tangent':
    'चरण {step}: {wrt} के सापेक्ष {name} के स्पर्शरेखा मान का अनुमान लगाइए (स्थानीय × इनपुट का स्पर्शरेखा मान, सभी इनपुट पर जोड़कर)',
  'graph-backprop.hint.tangentLocal': 'यह केवल स्थानीय अवकलज है: इसे इनपुट के स्पर्शरेखा मान से गुणा कीजिए।',
  'graph-backprop.hint.term':
    'यह केवल एक इनपुट का पद है: हर इनपुट पर स्थानीय × इनपुट का स्पर्शरेखा मान जोड़िए।',
  'graph-backprop.hint.tangentRule': 'सभी इनपुट पर स्थानीय × इनपुट का स्पर्शरेखा मान जोड़िए: {terms}।',
  // Why a graph cannot be computed (the core's reasons; `{op}` is an op as written, such as sqrt).
  'graph-backprop.reason.div': 'शून्य से भाग',
  'graph-backprop.reason.powZero': 'शून्य पर ऋणात्मक घात',
  'graph-backprop.reason.slope': '{op} की ढलान 0 पर अनंत है',
  'graph-backprop.reason.powSlope': '{op} की ढलान 0 पर अनंत है (0 और 1 के बीच की घात)',
  'graph-backprop.reason.powFraction': 'ऋणात्मक संख्या पर भिन्नात्मक घात',
  'graph-backprop.reason.powVaries': 'बदलती घात वाली ऋणात्मक संख्या की घात के सापेक्ष कोई ढलान नहीं होती',
  'graph-backprop.reason.log': 'log को धनात्मक इनपुट चाहिए',
  'graph-backprop.reason.sqrt': 'sqrt को शून्य या उससे बड़ा इनपुट चाहिए',
  'graph-backprop.reason.bce': 'bce को 0 और 1 के बीच की प्रायिकता p चाहिए',
  'graph-backprop.reason.value': '{op} का परिणाम किसी संख्या के लिए बहुत बड़ा है',
  'graph-backprop.reason.local': '{op} का स्थानीय ग्रेडिएंट किसी संख्या के लिए बहुत बड़ा है',
  'graph-backprop.reason.gradient': '{name} का ग्रेडिएंट किसी संख्या के लिए बहुत बड़ा है',
  'graph-backprop.reason.gradientVar': "'{name}' का ग्रेडिएंट किसी संख्या के लिए बहुत बड़ा है",
  'graph-backprop.reason.tangent':
    "'{wrt}' के सापेक्ष {name} का स्पर्शरेखा मान किसी संख्या के लिए बहुत बड़ा है",
  'graph-backprop.reason.tangentVar':
    "'{wrt}' के सापेक्ष '{name}' का स्पर्शरेखा मान किसी संख्या के लिए बहुत बड़ा है",
};
