import type { Messages } from '../../internal/i18n.js';

/** The hi messages of <layer-delta>. */
export const messages: Messages = {
  // layer-delta
  'layer-delta.layer.input': 'इनपुट परत',
  'layer-delta.layer.output': 'आउटपुट परत',
  'layer-delta.layer.hidden': 'छिपी परत {number}',
  'layer-delta.heading.hidden': 'h{number}',
  'layer-delta.heading.output': 'आउटपुट',
  'layer-delta.heading.loss': 'हानि',
  'layer-delta.unit': '{layer} की इकाई {number}',
  'layer-delta.weight': '{from} से {to} तक का भार',
  'layer-delta.step': 'एक चरण पीछे',
  'layer-delta.run': 'इनपुट तक चलाएँ',
  'layer-delta.reset': 'रीसेट',
  'layer-delta.status.start': 'फ़ॉरवर्ड पास पूरा हुआ। हानि से त्रुटि पीछे भेजने के लिए एक चरण पीछे जाएँ।',
  'layer-delta.status.done': {
    one: '{count} परत के δ और भार ग्रेडिएंट तैयार हैं।',
    other: 'सभी {count} परतों के δ और भार ग्रेडिएंट तैयार हैं।',
  },
  'layer-delta.status.step': 'चरण {step} / {total}: δ {layer} तक पहुँचा।',
  'layer-delta.picker': 'एक परत चुनें',
  'layer-delta.picker.prefix': 'परत:',
  'layer-delta.network.name': 'नेटवर्क {sizes}। हानि {loss}',
  'layer-delta.network.hint':
    'ऐरो कुंजियाँ इकाइयों और परतों के बीच ले जाती हैं; होम और एंड परत की पहली और आख़िरी इकाई पर ले जाते हैं; एंटर उस इकाई की परत चुनता है।',
  'layer-delta.readout.hint': 'किसी इकाई की संख्याएँ पढ़ने के लिए उस पर फ़ोकस या क्लिक करें।',
  'layer-delta.readout.hintCompact':
    'इस आकार पर संख्याएँ छिपी हैं: उन्हें यहाँ पढ़ने के लिए किसी इकाई पर फ़ोकस या क्लिक करें।',
  'layer-delta.legend.positive': 'धनात्मक भार',
  'layer-delta.legend.negative': 'ऋणात्मक भार (डैश वाली रेखा)',
  'layer-delta.legend.thickness': 'मोटी = बड़ा',
  'layer-delta.legend.value': 'इकाई के अंदर की संख्या: उसका सक्रियण',
  'layer-delta.legend.shade': 'इकाई का रंग: उसके सक्रियण का परिमाण',
  'layer-delta.legend.delta': 'अंदर का छल्ला: δ ज्ञात है (ऋणात्मक होने पर डैश वाला)',
  'layer-delta.unitLabel.input': '{unit}, मान {value}',
  'layer-delta.unitLabel.pending': '{unit}, सक्रियण {activation}, डेल्टा अभी नहीं निकला',
  'layer-delta.unitLabel.delta': '{unit}, सक्रियण {activation}, डेल्टा {delta}',
  'layer-delta.readout.input': '{unit}: x = {x}',
  'layer-delta.readout.unit': '{unit}: a = {a}, f′(z) = {slope}, δ = {delta}',
  'layer-delta.readout.unitPending': '{unit}: a = {a}, f′(z) = {slope}, δ अभी नहीं निकला',
  'layer-delta.readout.weight': '{weight}: w = {w}, ग्रेडिएंट {gradient}',
  'layer-delta.readout.weightPending': '{weight}: w = {w}, ग्रेडिएंट अभी नहीं निकला',
  'layer-delta.fields.x': 'इनपुट x',
  'layer-delta.fields.y': 'लक्ष्य y',
  'layer-delta.editor': '{matrix} का एक भार बदलें',
  'layer-delta.editor.from': 'से',
  'layer-delta.editor.to': 'तक',
  'layer-delta.editor.sliderHint':
    'ऐरो कुंजियाँ भार को 0.1 से बदलती हैं; पेज अप और पेज डाउन 1 से; होम और एंड −10 और +10 पर ले जाते हैं।',
  'layer-delta.editor.field': 'w',
  'layer-delta.panel.heading': '{layer}: इसका त्रुटि संकेत {delta}',
  'layer-delta.panel.pendingOutput':
    '{delta} अभी नहीं निकला। इसे हानि से निकालने के लिए एक चरण पीछे जाएँ।',
  'layer-delta.panel.pendingHidden':
    '{delta} अभी नहीं निकला। इसके लिए पहले {layer} का δ चाहिए: पीछे की ओर चरण बढ़ाते रहें।',
  'layer-delta.panel.carried':
    'बॉक्स में बंद {matrix} ऊपर के डेल्टा को उन्हीं कनेक्शनों से पीछे ले जाता है जिनसे फ़ॉरवर्ड पास गया था; ⊙ इकाई-दर-इकाई f′(z) से गुणा करता है।',
  'layer-delta.panel.softmax':
    'सॉफ़्टमैक्स आउटपुट और क्रॉस-एन्ट्रॉपी के साथ ∂L/∂a = −y/a होता है, और सॉफ़्टमैक्स जैकोबियन J = diag(a) − a aᵀ इसे Jᵀ ∂L/∂a = −y + a (Σ y) = a − y में बदल देता है, क्योंकि y का योग 1 है।',
  'layer-delta.panel.jacobian': 'इस इनपुट पर सॉफ़्टमैक्स जैकोबियन J, ∂aᵢ/∂zⱼ:',
  'layer-delta.panel.gradients': 'इसके भार ग्रेडिएंट: δ गुणा परत का इनपुट',
  'layer-delta.panel.table': '{layer}, इकाई-दर-इकाई',
  'layer-delta.panel.tableUnit': 'इकाई',
  'layer-delta.cost.heading': 'बैकवर्ड पास की लागत',
  'layer-delta.cost.note':
    'आकार {sizes} के लिए गुणा-योग संक्रियाएँ। हर परत के δ को दोबारा इस्तेमाल करने से बैकवर्ड पास, फ़ॉरवर्ड पास के एक छोटे गुणज के भीतर रहता है; हर भार की श्रृंखला हानि से फिर से निकालने पर ऐसा नहीं होता।',
  'layer-delta.cost.pass': 'पास',
  'layer-delta.cost.count': 'गुणा-योग (× फ़ॉरवर्ड)',
  'layer-delta.cost.forward': 'फ़ॉरवर्ड',
  'layer-delta.cost.backward': 'बैकवर्ड, δ दोबारा इस्तेमाल करके',
  'layer-delta.cost.naive': 'सीधा तरीका, हर भार के लिए अलग',
  'layer-delta.cost.axis': 'छिपी परत की चौड़ाई',
  'layer-delta.cost.caption':
    'हर छिपी परत की चौड़ाई x अक्ष पर दी गई चौड़ाई के बराबर; बिंदु यह नेटवर्क दिखाते हैं।',
  'layer-delta.cost.chart':
    'चार्ट: छिपी परत की चौड़ाई {from} से {to} तक के सापेक्ष गुणा-योग, लॉग स्केल पर। चौड़ाई {to} पर: फ़ॉरवर्ड {forward}, बैकवर्ड {backward}, सीधा तरीका {naive}। बैकवर्ड लगभग {backwardRatio} फ़ॉरवर्ड रहता है; सीधा तरीका {naiveRatio} फ़ॉरवर्ड है।',
  'layer-delta.say.outputBce':
    'आउटपुट परत: डेल्टा है a घटा y: {deltas}। W{layer} के ग्रेडिएंट हैं डेल्टा गुणा परत का इनपुट।',
  'layer-delta.say.outputMse':
    'आउटपुट परत: डेल्टा है दो गुणा (a घटा y), गुणा z पर f डैश: {deltas}। W{layer} के ग्रेडिएंट हैं डेल्टा गुणा परत का इनपुट।',
  'layer-delta.say.outputCe':
    'आउटपुट परत: सॉफ़्टमैक्स और क्रॉस-एन्ट्रॉपी के साथ डेल्टा है a घटा y: {deltas}। W{layer} के ग्रेडिएंट हैं डेल्टा गुणा परत का इनपुट।',
  'layer-delta.say.hidden':
    'छिपी परत {number}: डेल्टा W{above} ट्रांसपोज़ से होकर पीछे आए और z पर f डैश से गुणा हुए: {deltas}। W{number} के ग्रेडिएंट तैयार हैं।',
  'layer-delta.say.reset':
    'बैकवर्ड पास साफ़ किया गया: अभी कोई डेल्टा नहीं। हानि से शुरू करने के लिए एक चरण पीछे जाएँ।',
  'layer-delta.say.selected': '{layer} चुनी गई: डेल्टा {deltas}।',
  'layer-delta.say.selectedPending': '{layer} चुनी गई: डेल्टा अभी नहीं निकला।',
  'layer-delta.say.weight':
    '{weight} {value} है; इसका ग्रेडिएंट {gradient} है: डेल्टा {delta} गुणा इनपुट {input}',
  'layer-delta.say.weightPending':
    '{weight} {value} है; इसका ग्रेडिएंट तब दिखेगा जब बैकवर्ड पास {layer} तक पहुँचेगा',
  'layer-delta.say.vector': '{field} {index} {value} है; आउटपुट {output}, हानि {loss}।',
  'layer-delta.problem.x': {
    one: 'अपेक्षित: {count} संख्या, हर इनपुट इकाई के लिए एक (sizes {count} से शुरू होता है); मिला: {got}',
    other: 'अपेक्षित: {count} संख्याएँ, हर इनपुट इकाई के लिए एक (sizes {count} से शुरू होता है); मिला: {got}',
  },
  'layer-delta.problem.y': {
    one: 'अपेक्षित: {count} संख्या, हर आउटपुट इकाई के लिए एक (sizes {count} पर ख़त्म होता है); मिला: {got}',
    other:
      'अपेक्षित: {count} संख्याएँ, हर आउटपुट इकाई के लिए एक (sizes {count} पर ख़त्म होता है); मिला: {got}',
  },
  'layer-delta.problem.misfit': 'उपयोग नहीं किया गया: {name} इससे मेल नहीं खाएगा ({reason})',
  'layer-delta.problem.yRange':
    'अपेक्षित: {min} से {max} तक की संख्याएँ; मिला: {got} (loss="{loss}" के साथ हर लक्ष्य एक प्रायिकता है)',
  'layer-delta.problem.ceOutputs':
    'loss="ce" के लिए कम से कम दो आउटपुट चाहिए: एक ही आउटपुट पर सॉफ़्टमैक्स हमेशा 1 होता है',
  'layer-delta.problem.ceNegative': 'loss="ce" के साथ लक्ष्य की कोई भी प्रविष्टि ऋणात्मक नहीं हो सकती',
  'layer-delta.problem.ceSum':
    'loss="ce" के साथ लक्ष्य वन-हॉट या ऐसा प्रायिकता सदिश होना चाहिए जिसका योग 1 हो, {sum} नहीं',
  'layer-delta.problem.weights':
    'अपेक्षित: परिमित संख्याओं के {layers} मैट्रिक्स, आकार {shapes} (weights[l][i][j] परत l की इकाई j को परत l+1 की इकाई i से जोड़ता है)',
  'layer-delta.problem.weightsAt':
    'अपेक्षित: परिमित संख्याओं के {layers} मैट्रिक्स, आकार {shapes} (weights[l][i][j] परत l की इकाई j को परत l+1 की इकाई i से जोड़ता है); weights[{index}] मेल नहीं खाता',
  'layer-delta.problem.biases': 'अपेक्षित: परिमित संख्याओं की {layers} सरणियाँ, आकार {sizes}',
  'layer-delta.problem.biasesAt':
    'अपेक्षित: परिमित संख्याओं की {layers} सरणियाँ, आकार {sizes}; biases[{index}] मेल नहीं खाता',
  'layer-delta.problem.overflow': 'संख्याएँ गणना के लिए बहुत बड़ी हो जाती हैं: छोटे इनपुट, लक्ष्य या भार आज़माएँ',
  'layer-delta.status.predict': 'आगे बढ़ने के लिए नीचे अगले δ का अनुमान लगाइए।',
  'layer-delta.panel.predict': 'इन संख्याओं से {delta} का अनुमान लगाइए, फिर एक चरण पीछे जाइए।',
  'layer-delta.ask.delta': '{unit} के δ का अनुमान लगाइए',
  'layer-delta.hint.slope':
    'f′(z) से भी गुणा कीजिए: इकाई की ढलान उससे होकर लौटने वाली मात्रा को बदलती है।',
  'layer-delta.hint.slopeCancels':
    'क्रॉस-एन्ट्रॉपी में आउटपुट की ढलान कट जाती है: δ = a − y, f′(z) के बिना।',
  'layer-delta.hint.two': 'वर्ग त्रुटि के अवकलज में 2 का गुणनखंड है: δ = 2(a − y) f′(z)।',
  'layer-delta.hint.transpose':
    'Wᵀ में इस इकाई की पंक्ति लीजिए: इससे निकलने वाले भार, हर एक उस इकाई के δ से गुणा जिसे वह भरता है।',
  'layer-delta.hint.rule': 'नियम लगाइए: {rule}।',
};
