import type { Messages } from '../../internal/i18n.js';

/** The hi messages of <neuron-backprop>. */
export const messages: Messages = {
  // neuron-backprop
  'neuron-backprop.pipeline.label': 'न्यूरॉन, इनपुट से हानि तक',
  'neuron-backprop.trace.x': 'इनपुट: x के सापेक्ष ग्रेडिएंट देखें',
  'neuron-backprop.trace.w': 'भार: w के सापेक्ष ग्रेडिएंट देखें',
  'neuron-backprop.trace.b': 'बायस: b के सापेक्ष ग्रेडिएंट देखें',
  'neuron-backprop.stage.z': 'z, भारित योग w गुणा x धन b: {w} गुणा {x} धन {b} बराबर {z}',
  'neuron-backprop.stage.a': 'a, z का सिग्मॉइड, {a} है',
  'neuron-backprop.stage.l': 'L, लेबल y = {y} के सापेक्ष a की क्रॉस-एन्ट्रॉपी हानि, {loss} है',
  'neuron-backprop.hint': 'किसी का ग्रेडिएंट देखने के लिए x, w या b दबाएँ।',
  'neuron-backprop.trace.group': 'किसके सापेक्ष ग्रेडिएंट देखें',
  'neuron-backprop.role.x': 'इनपुट',
  'neuron-backprop.role.w': 'भार',
  'neuron-backprop.role.b': 'बायस',
  'neuron-backprop.role.y': 'लेबल',
  'neuron-backprop.stepButton': 'ग्रेडिएंट चरण',
  'neuron-backprop.resetButton': 'रीसेट',
  'neuron-backprop.step.before': 'एक चरण w और b को {rate} × उनके ग्रेडिएंट जितना बदलता है।',
  'neuron-backprop.step.lower': 'हानि {before} → {after} (कम हुई)',
  'neuron-backprop.step.higher': 'हानि {before} → {after} (बढ़ी: छोटा लर्निंग रेट आज़माएँ)',
  'neuron-backprop.step.same': 'हानि {before} → {after}',
  'neuron-backprop.step.moves': 'w {wBefore} → {wAfter}, b {bBefore} → {bAfter}',
  'neuron-backprop.plot.label':
    '{symbol} के सापेक्ष हानि का ग्राफ़, {min} से {max} तक। {symbol} = {value} पर हानि {loss} है और स्पर्शरेखा की ढलान, यानी ग्रेडिएंट, {slope} है।',
  'neuron-backprop.plot.legend': '{symbol} के सापेक्ष हानि; स्पर्शरेखा की ढलान {slope} है',
  'neuron-backprop.plot.before':
    'डैश वाली रेखा: पिछले कदम से पहले का वक्र और बिंदु। एक कदम w और b दोनों को साथ बदलता है, इसलिए बिंदु के साथ वक्र भी खिसकता है।',
  'neuron-backprop.factors.label': 'इस न्यूरॉन के लिए श्रृंखला नियम',
  'neuron-backprop.factor.numbered': '{number}. {title}',
  'neuron-backprop.factor.dLda': 'सक्रियण के सापेक्ष हानि',
  'neuron-backprop.factor.dadz': 'सिग्मॉइड की ढलान',
  'neuron-backprop.factor.dz': '{symbol} के सापेक्ष भारित योग',
  'neuron-backprop.route.multiply': 'गुणा करें',
  'neuron-backprop.route.simplify': 'सरल करें',
  'neuron-backprop.agree': '✓ दोनों रास्ते मेल खाते हैं: ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.disagree': 'रास्ते अलग हैं: ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.check.label': 'ग्रेडिएंट जाँच',
  'neuron-backprop.check.title': '∂L/∂{symbol} की जाँच',
  'neuron-backprop.check.backprop': 'बैकप्रोपेगेशन {value}',
  'neuron-backprop.check.numeric': 'परिमित अंतर {value}',
  'neuron-backprop.check.error': 'सापेक्ष त्रुटि {value}',
  'neuron-backprop.say.gradient.w':
    'w के सापेक्ष हानि का ग्रेडिएंट {gradient} है: d L बटा d a {dLda} गुणा d a बटा d z {dadz} गुणा d z बटा d w, जो x है, {dz}।',
  'neuron-backprop.say.gradient.b':
    'b के सापेक्ष हानि का ग्रेडिएंट {gradient} है: d L बटा d a {dLda} गुणा d a बटा d z {dadz} गुणा d z बटा d b, जो 1 है, {dz}।',
  'neuron-backprop.say.gradient.x':
    'x के सापेक्ष हानि का ग्रेडिएंट {gradient} है: d L बटा d a {dLda} गुणा d a बटा d z {dadz} गुणा d z बटा d x, जो w है, {dz}।',
  'neuron-backprop.say.change': '{name} {value} है। a {a} है, हानि {loss}।',
  'neuron-backprop.say.step.fell':
    'लर्निंग रेट {rate} के साथ ग्रेडिएंट चरण: w {wBefore} से {wAfter} हुआ, b {bBefore} से {bAfter}; हानि {before} से घटकर {after} हुई।',
  'neuron-backprop.say.step.rose':
    'लर्निंग रेट {rate} के साथ ग्रेडिएंट चरण: w {wBefore} से {wAfter} हुआ, b {bBefore} से {bAfter}; हानि {before} से बढ़कर {after} हुई।',
  'neuron-backprop.say.step.stayed':
    'लर्निंग रेट {rate} के साथ ग्रेडिएंट चरण: w {wBefore} से {wAfter} हुआ, b {bBefore} से {bAfter}; हानि {after} पर बनी रही।',
  'neuron-backprop.say.traced': '{symbol} का ग्रेडिएंट देखा जा रहा है।',
  'neuron-backprop.say.reset': 'शुरुआती मानों पर वापस।',
  'neuron-backprop.ask.value': '{symbol} का अनुमान लगाइए',
  'neuron-backprop.hint.sum': 'गुणनखंड शृंखला के साथ गुणा होते हैं; वे जुड़ते नहीं।',
  'neuron-backprop.hint.missing': 'एक गुणनखंड छूट गया है: {symbol} से भी गुणा कीजिए।',
  'neuron-backprop.hint.sigmoid': 'यह स्वयं a है; सिग्मॉइड की ढलान a(1 − a) है।',
  'neuron-backprop.hint.input':
    'z = wx + b, {symbol} के साथ उस दर से बदलता है जिससे {symbol} गुणा होता है।',
  'neuron-backprop.hint.rule': 'नियम लगाइए: {rule}।',
  'neuron-backprop.plot.labelHidden':
    '{symbol} के सापेक्ष हानि का ग्राफ़, {min} से {max} तक। {symbol} = {value} पर हानि {loss} है; स्पर्शरेखा उत्तर देने तक छिपी है।',
};
