import type { Messages } from '../internal/i18n.js';

/**
 * German. Terms follow GLOSSARY.md; keys and placeholders match English exactly. Instructions
 * use the infinitive (“Einen Wert ändern”), as German interfaces do, so no form of address is
 * needed. Op nodes are named with their article (“der Multiplikationsknoten”) and only ever
 * stand where German needs the nominative.
 */
export const messages: Messages = {
  // shared: attribute notes, numbers
  'number.minus': 'minus {value}',
  'problem.readOnly': '{property} ist schreibgeschützt; der gesetzte Wert wurde ignoriert',
  'attr.expected': 'erwartet: {expected}',
  'attr.expectedGot': 'erwartet: {expected}; erhalten: {got}',
  'attr.listEntry': "erwartet: {expected}; '{entry}' passt nicht, jeder Eintrag muss {kind} sein",
  'attr.nothing': 'nichts',
  'attr.emptyEntry': 'ein leerer Eintrag',
  'attr.notFinite': 'ein Wert, der keine endliche Zahl ist',
  'attr.quoted': "'{text}'",
  'attr.number': 'eine Zahl',
  'attr.numberFromTo': 'eine Zahl von {min} bis {max}',
  'attr.numberAtLeast': 'eine Zahl größer oder gleich {min}',
  'attr.numberAtMost': 'eine Zahl kleiner oder gleich {max}',
  'attr.whole': 'eine ganze Zahl',
  'attr.wholeFromTo': 'eine ganze Zahl von {min} bis {max}',
  'attr.wholeAtLeast': 'eine ganze Zahl größer oder gleich {min}',
  'attr.wholeAtMost': 'eine ganze Zahl kleiner oder gleich {max}',
  'attr.list': {
    one: '{count} Wert ({kind})',
    other: '{count} {kind}, getrennt durch Leerzeichen oder Kommas',
  },
  'attr.listBetween': '{min} bis {max} {kind}, getrennt durch Leerzeichen oder Kommas',
  'attr.numbers': 'Zahlen',
  'attr.numbersFromTo': 'Zahlen von {min} bis {max}',
  'attr.numbersAtLeast': 'Zahlen größer oder gleich {min}',
  'attr.numbersAtMost': 'Zahlen kleiner oder gleich {max}',
  'attr.wholes': 'ganze Zahlen',
  'attr.wholesFromTo': 'ganze Zahlen von {min} bis {max}',
  'attr.wholesAtLeast': 'ganze Zahlen größer oder gleich {min}',
  'attr.wholesAtMost': 'ganze Zahlen kleiner oder gleich {max}',
  'attr.assignments': "durch Kommas getrennte Paare Name=Zahl, etwa 'x=2, w=-1'",
  'attr.assignmentMissing': "erwartet: {expected}; '{pair}' hat nicht die Form Name=Zahl",
  'attr.assignmentNumber': 'erwartet: eine Zahl für {name}; erhalten: {got}',
  'attr.oneOf': 'erwartet: einer der Werte {choices}; erhalten: {got}',
  'attr.labels': 'erwartet: eine kurze Liste von Namen, getrennt durch Kommas',
  'attr.labelsAtMost': 'erwartet: höchstens {max} Namen, getrennt durch Kommas',

  // chain-rule-gears
  'chain-rule-gears.name.lever': 'Hebel',
  'chain-rule-gears.name.gear': 'Zahnrad {number}',
  'chain-rule-gears.unit.lever': 'cm',
  'chain-rule-gears.unit.gear': '°',
  'chain-rule-gears.spoken.degrees': { one: '{value} Grad', other: '{value} Grad' },
  'chain-rule-gears.spoken.amount': '{value} {unit}',
  'chain-rule-gears.diagram': {
    one: '{lever} treibt {count} Zahnrad an',
    other: '{lever} treibt {count} Zahnräder an',
  },
  'chain-rule-gears.lever.name': '{lever}: Verschiebung',
  'chain-rule-gears.lever.valueText': '{amount}; {last} dreht sich um {lastAmount}',
  'chain-rule-gears.lever.hint':
    'Ziehen oder mit den Pfeiltasten um 0,1 verschieben; Umschalttaste mit einer Pfeiltaste oder Bild auf und Bild ab verschieben um 1; Pos1 und Ende springen an die Enden.',
  'chain-rule-gears.gear.label': '{name}: Übersetzung {ratio}; gedreht um {amount}',
  'chain-rule-gears.gear.labelReversed':
    '{name}: Übersetzung {ratio}, gegenläufig; gedreht um {amount}',
  'chain-rule-gears.gear.labelDisengaged':
    '{name}: ausgekuppelt, Übersetzung 0, dreht sich nicht; gedreht um {amount}',
  'chain-rule-gears.readouts': 'Verschiebung jeder Stufe',
  'chain-rule-gears.formula.title': 'Die Kettenregel, ein Faktor pro Zahnrad',
  'chain-rule-gears.formula.total': 'd {last} nach d {first} ist gleich {value}',
  'chain-rule-gears.formula.factor':
    'Faktor für {name}: d {name} nach d {previous} ist gleich {value}',
  'chain-rule-gears.formula.summary':
    'Verschiebt sich {lever} um {unitStep}, dreht sich {last} um {amount}.',
  'chain-rule-gears.reset': '{lever} auf {amount} zurücksetzen',
  'chain-rule-gears.narration.lever': '{name} bei {amount}',
  'chain-rule-gears.narration.gear': '{name} dreht sich um {amount}: {ratio} mal {before}',
  'chain-rule-gears.narration.separator': '; ',
  'chain-rule-gears.narration.sentence': '{clauses}.',

  // neuron-backprop
  'neuron-backprop.pipeline.label': 'Das Neuron, von den Eingaben bis zum Verlust',
  'neuron-backprop.trace.x': 'die Eingabe: den Gradienten bezüglich x verfolgen',
  'neuron-backprop.trace.w': 'das Gewicht: den Gradienten bezüglich w verfolgen',
  'neuron-backprop.trace.b': 'der Bias: den Gradienten bezüglich b verfolgen',
  'neuron-backprop.stage.z': 'z, die gewichtete Summe w mal x plus b: {w} mal {x} plus {b} ist {z}',
  'neuron-backprop.stage.a': 'a, die Sigmoidfunktion von z, ist {a}',
  'neuron-backprop.stage.l':
    'L, der Kreuzentropie-Verlust von a gegenüber dem Label y = {y}, ist {loss}',
  'neuron-backprop.hint': 'x, w oder b drücken, um seinen Gradienten zu verfolgen.',
  'neuron-backprop.trace.group': 'Gradient verfolgen nach',
  'neuron-backprop.role.x': 'Eingabe',
  'neuron-backprop.role.w': 'Gewicht',
  'neuron-backprop.role.b': 'Bias',
  'neuron-backprop.role.y': 'Label',
  'neuron-backprop.stepButton': 'Gradientenschritt',
  'neuron-backprop.resetButton': 'Zurücksetzen',
  'neuron-backprop.step.before': 'Ein Schritt verschiebt w und b um {rate} × ihre Gradienten.',
  'neuron-backprop.step.lower': 'Verlust {before} → {after} (niedriger)',
  'neuron-backprop.step.higher':
    'Verlust {before} → {after} (höher: eine kleinere Lernrate versuchen)',
  'neuron-backprop.step.same': 'Verlust {before} → {after}',
  'neuron-backprop.step.moves': 'w {wBefore} → {wAfter}, b {bBefore} → {bAfter}',
  'neuron-backprop.plot.label':
    'Verlust in Abhängigkeit von {symbol}, von {min} bis {max}. Bei {symbol} = {value} ist der Verlust {loss}, und die Steigung der Tangente, der Gradient, ist {slope}.',
  'neuron-backprop.plot.legend':
    'Verlust in Abhängigkeit von {symbol}; die Steigung der Tangente ist {slope}',
  'neuron-backprop.factors.label': 'Die Kettenregel für dieses Neuron',
  'neuron-backprop.factor.numbered': '{number}. {title}',
  'neuron-backprop.factor.dLda': 'Verlust nach Aktivierung',
  'neuron-backprop.factor.dadz': 'Steigung der Sigmoidfunktion',
  'neuron-backprop.factor.dz': 'gewichtete Summe nach {symbol}',
  'neuron-backprop.route.multiply': 'Multiplizieren',
  'neuron-backprop.route.simplify': 'Vereinfachen',
  'neuron-backprop.agree': '✓ Beide Wege stimmen überein: ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.disagree': 'Die Wege weichen voneinander ab: ∂L/∂{symbol} = {gradient}',
  'neuron-backprop.check.label': 'Gradientenprüfung',
  'neuron-backprop.check.title': 'Prüfung von ∂L/∂{symbol}',
  'neuron-backprop.check.backprop': 'Backpropagation {value}',
  'neuron-backprop.check.numeric': 'finite Differenz {value}',
  'neuron-backprop.check.error': 'relativer Fehler {value}',
  'neuron-backprop.say.gradient.w':
    'Der Gradient des Verlusts bezüglich w ist {gradient}: d L nach d a {dLda} mal d a nach d z {dadz} mal d z nach d w, also x, {dz}.',
  'neuron-backprop.say.gradient.b':
    'Der Gradient des Verlusts bezüglich b ist {gradient}: d L nach d a {dLda} mal d a nach d z {dadz} mal d z nach d b, also 1, {dz}.',
  'neuron-backprop.say.gradient.x':
    'Der Gradient des Verlusts bezüglich x ist {gradient}: d L nach d a {dLda} mal d a nach d z {dadz} mal d z nach d x, also w, {dz}.',
  'neuron-backprop.say.change': '{name} ist {value}. a ist {a}, Verlust {loss}.',
  'neuron-backprop.say.step.fell':
    'Gradientenschritt mit Lernrate {rate}: w ging von {wBefore} auf {wAfter}, b von {bBefore} auf {bAfter}; der Verlust sank von {before} auf {after}.',
  'neuron-backprop.say.step.rose':
    'Gradientenschritt mit Lernrate {rate}: w ging von {wBefore} auf {wAfter}, b von {bBefore} auf {bAfter}; der Verlust stieg von {before} auf {after}.',
  'neuron-backprop.say.step.stayed':
    'Gradientenschritt mit Lernrate {rate}: w ging von {wBefore} auf {wAfter}, b von {bBefore} auf {bAfter}; der Verlust blieb bei {after}.',
  'neuron-backprop.say.traced': 'Verfolgt wird {symbol}.',
  'neuron-backprop.say.reset': 'Zurück zu den Startwerten.',

  // graph-backprop
  'graph-backprop.kind.add': 'Additionsknoten',
  'graph-backprop.kind.sub': 'Subtraktionsknoten',
  'graph-backprop.kind.mul': 'Multiplikationsknoten',
  'graph-backprop.kind.div': 'Divisionsknoten',
  'graph-backprop.kind.pow': 'Potenzknoten',
  'graph-backprop.kind.neg': 'Negationsknoten',
  'graph-backprop.kind.exp': 'exp-Knoten',
  'graph-backprop.kind.log': 'log-Knoten',
  'graph-backprop.kind.sqrt': 'Wurzelknoten',
  'graph-backprop.kind.sin': 'Sinusknoten',
  'graph-backprop.kind.cos': 'Kosinusknoten',
  'graph-backprop.kind.tanh': 'tanh-Knoten',
  'graph-backprop.kind.sigmoid': 'Sigmoid-Knoten',
  'graph-backprop.kind.relu': 'ReLU-Knoten',
  'graph-backprop.kind.abs': 'Betragsknoten',
  'graph-backprop.kind.bce': 'Knoten für binäre Kreuzentropie',
  'graph-backprop.kind.bce_logits': 'Knoten für binäre Kreuzentropie aus Logits',
  'graph-backprop.kind.mse': 'Knoten für quadratischen Fehler',
  'graph-backprop.kind.variable': 'Variable',
  'graph-backprop.kind.constant': 'Konstante',
  'graph-backprop.name.op': 'der {kind}',
  'graph-backprop.name.constant': 'die Konstante {value}',
  'graph-backprop.op.add': 'Addiert seine Eingaben; der Gradient geht unverändert an beide weiter.',
  'graph-backprop.op.sub':
    'Subtrahiert die zweite Eingabe von der ersten; der Gradient geht an die erste und wechselt für die zweite das Vorzeichen.',
  'graph-backprop.op.mul':
    'Multipliziert seine Eingaben; der lokale Gradient jeder Eingabe ist die andere Eingabe.',
  'graph-backprop.op.div': 'Teilt die erste Eingabe durch die zweite.',
  'graph-backprop.op.pow': 'Potenziert die erste Eingabe mit der zweiten.',
  'graph-backprop.op.neg':
    'Kehrt das Vorzeichen um; der Gradient wechselt ebenfalls das Vorzeichen.',
  'graph-backprop.op.exp': 'Die Exponentialfunktion; ihr lokaler Gradient ist ihre eigene Ausgabe.',
  'graph-backprop.op.log':
    'Der natürliche Logarithmus; sein lokaler Gradient ist eins durch seine Eingabe.',
  'graph-backprop.op.sqrt':
    'Die Quadratwurzel; ihr lokaler Gradient ist eins durch das Doppelte ihrer Ausgabe.',
  'graph-backprop.op.sin': 'Der Sinus; sein lokaler Gradient ist der Kosinus seiner Eingabe.',
  'graph-backprop.op.cos': 'Der Kosinus; sein lokaler Gradient ist minus der Sinus seiner Eingabe.',
  'graph-backprop.op.tanh':
    'Der Tangens hyperbolicus; sein lokaler Gradient ist eins minus das Quadrat seiner Ausgabe.',
  'graph-backprop.op.sigmoid':
    'Staucht seine Eingabe in das offene Intervall von 0 bis 1; sein lokaler Gradient ist seine Ausgabe mal eins minus seine Ausgabe.',
  'graph-backprop.op.relu':
    'Lässt eine positive Eingabe unverändert und macht aus einer negativen null; der Gradient geht nur weiter, wenn die Eingabe positiv ist.',
  'graph-backprop.op.abs':
    'Der Betrag; sein lokaler Gradient ist das Vorzeichen seiner Eingabe (null bei null).',
  'graph-backprop.op.bce':
    'Binäre Kreuzentropie einer vorhergesagten Wahrscheinlichkeit p gegenüber einem Label y: klein, wenn p nahe bei y liegt.',
  'graph-backprop.op.bce_logits':
    'Binäre Kreuzentropie eines Labels y gegenüber der Wahrscheinlichkeit sigmoid(z), direkt aus z berechnet, damit sie auch bei großem z exakt bleibt.',
  'graph-backprop.op.mse': 'Quadratischer Fehler zwischen einer Vorhersage p und einem Zielwert y.',
  'graph-backprop.diagram': 'Berechnungsgraph von {expr}',
  'graph-backprop.node.label': '{name}, Wert {value}, Gradient {gradient}',
  'graph-backprop.node.labelSoFar': '{name}, Wert {value}, Gradient bisher {gradient}',
  'graph-backprop.node.labelUnreached': '{name}, Wert {value}, Gradient noch nicht angekommen',
  'graph-backprop.variable.label': '{name}, Gradient {gradient}',
  'graph-backprop.variable.labelSoFar': '{name}, Gradient bisher {gradient}',
  'graph-backprop.variable.labelUnreached': '{name}, Gradient noch nicht angekommen',
  'graph-backprop.hint.variable':
    'Die Pfeiltasten links und rechts ändern den Wert um {fine}, Bild auf und Bild ab um {coarse}, Pos1 und Ende springen an die Enden; die Pfeiltasten hoch und runter wechseln zu den anderen Knoten; die Eingabetaste öffnet die Details; oder seitwärts ziehen.',
  'graph-backprop.hint.node':
    'Eingabetaste oder Leertaste öffnet die Details; die Pfeiltasten wechseln zu den anderen Knoten.',
  'graph-backprop.edge.local': 'lokal',
  'graph-backprop.tex.out': 'Ausgabe',
  'graph-backprop.tex.upstream': 'von oben',
  'graph-backprop.tex.local': 'lokal',
  'graph-backprop.caption.single':
    'Eine einzelne Eingabe: ihr Gradient bezüglich sich selbst ist 1.',
  'graph-backprop.caption.start':
    'Die Werte des Vorwärtsdurchlaufs stehen fest. Mit „Schritt“ den Gradienten von der Ausgabe zurückschicken, wo er bei 1 beginnt.',
  'graph-backprop.caption.stepTitle': 'Schritt {step} von {total}:',
  'graph-backprop.caption.step':
    '{name} gibt seinen Gradienten {gradient} an jede Eingabe weiter, jeweils multipliziert mit dem lokalen Gradienten dieser Eingabe.',
  'graph-backprop.caption.doneTitle': 'Fertig.',
  'graph-backprop.caption.done':
    'Alle Gradienten sind da; der Gradient jeder Variablen ist die Summe dessen, was bei ihr angekommen ist:',
  'graph-backprop.controls': 'Rückwärtsdurchlauf',
  'graph-backprop.button.step': 'Schritt',
  'graph-backprop.button.play': 'Abspielen',
  'graph-backprop.button.pause': 'Pause',
  'graph-backprop.button.reset': 'Zurücksetzen',
  'graph-backprop.counter': 'Schritt {step} von {total}',
  'graph-backprop.domain.title': 'Nicht berechenbar:',
  'graph-backprop.domain.body': '{message} ({name}, {id}). Einen Wert ändern, um fortzufahren.',
  'graph-backprop.expression.label': 'Ausdruck',
  'graph-backprop.expression.help': 'Zum Beispiel {first}, {second} oder {third}.',
  'graph-backprop.expression.failure':
    'Das lässt sich nicht lesen: {message}. Der Graph unten ist der letzte, der funktioniert hat.',
  'graph-backprop.panel.variable': 'Variable {name}',
  'graph-backprop.panel.close': 'Details schließen',
  'graph-backprop.panel.aboutVariable':
    'Eine Eingabe, die sich ändern lässt: seitwärts ziehen, die Pfeiltasten darauf verwenden oder hier einen Wert eingeben.',
  'graph-backprop.panel.aboutConstant':
    'Eine feste Zahl: Wie jede Eingabe hat sie einen Gradienten, lässt sich aber nicht ändern.',
  'graph-backprop.panel.upstream': 'Gradient von oben, der hier ankommt:',
  'graph-backprop.panel.outputSeed': '(der Gradient der Ausgabe nach sich selbst ist immer 1)',
  'graph-backprop.panel.input': 'Eingabe {letter} = {name} ({value})',
  'graph-backprop.panel.isOutput': 'Das ist die Ausgabe, also ist ihr Gradient 1.',
  'graph-backprop.panel.uses': {
    one: 'Der Gradient ist „von oben × lokal“ aus dem einzigen Knoten, der diesen Wert liest:',
    other:
      '{count}-mal verwendet, daher ist der Gradient die Summe über alle Verwendungen (jeweils von oben × lokal):',
  },
  'graph-backprop.panel.via': '{name}:',
  'graph-backprop.value.label': 'Wert von {name}',
  'graph-backprop.value.invalid': 'eine Zahl eingeben, etwa {example}',
  'graph-backprop.check.title': 'Prüfung mit finiter Differenz',
  'graph-backprop.check.nudge': 'mit einer kleinen Verschiebung h = {h}',
  'graph-backprop.check.compare':
    'Backpropagation ergibt {autodiff}; eine kleine Verschiebung der Eingabe ergibt {numeric}.',
  'graph-backprop.check.agree': '✓ Beide stimmen überein.',
  'graph-backprop.check.differ': '✗ Beide weichen voneinander ab.',
  'graph-backprop.say.start': 'Zurück am Anfang: Nur die Ausgabe hat ihren Gradienten, 1.',
  'graph-backprop.say.step':
    'Schritt {step} von {total}: {name} gibt den Gradienten {gradient} weiter.',
  'graph-backprop.say.contribution':
    '{name} erhält {contribution}: von oben {upstream} mal lokal {local}.',
  'graph-backprop.say.done': 'Alle Gradienten sind berechnet.',
  'graph-backprop.say.playStep': 'Schritt {step} von {total}: {name}.',
  'graph-backprop.say.selected': 'Ausgewählt: {name}, {kind}: Wert {value}, Gradient {gradient}.',
  'graph-backprop.say.variable':
    '{name} ist {value}. Ausgabe {output}; Gradient von {name} {gradient}.',
  'graph-backprop.say.variableProblem': '{name} ist {value}. Nicht berechenbar: {problem}.',
  'graph-backprop.say.newGraph': {
    one: 'Neuer Graph: Ausgabe {output}, {count} Rückwärtsschritt.',
    other: 'Neuer Graph: Ausgabe {output}, {count} Rückwärtsschritte.',
  },
  'graph-backprop.say.paused': 'Angehalten bei Schritt {step} von {total}.',
  'graph-backprop.say.closed': 'Details geschlossen.',
  'graph-backprop.mode.legend': 'Durchlauf',
  'graph-backprop.mode.reverse': 'Rückwärtsmodus (Rückwärtsdurchlauf)',
  'graph-backprop.mode.forward': 'Vorwärtsmodus',
  'graph-backprop.wrt.label': 'Tangente von',
  'graph-backprop.forward.controls': 'Durchlauf im Vorwärtsmodus',
  'graph-backprop.forward.button': 'Schritt vorwärts',
  'graph-backprop.forward.label': '{name}, Wert {value}, Tangente {tangent}',
  'graph-backprop.forward.labelUnreached': '{name}, Wert {value}, Tangente noch nicht angekommen',
  'graph-backprop.forward.start':
    'Vorwärtsmodus: Die Tangente von {wrt} beginnt bei 1, die jeder anderen Eingabe bei 0. Mit „Schritt vorwärts“ wird sie Knoten für Knoten vorwärts getragen.',
  'graph-backprop.forward.stepTitle': 'Schritt {step} von {total}:',
  'graph-backprop.forward.step':
    '{name} summiert über seine Eingaben jeweils „lokaler Gradient × Tangente der Eingabe“: Seine Tangente ist {tangent}.',
  'graph-backprop.forward.doneTitle': 'Fertig.',
  'graph-backprop.forward.done':
    'Die Tangente der Ausgabe, {tangent}, ist der Gradient bezüglich {wrt}: Auch der Rückwärtsdurchlauf ergibt {gradient} für {wrt}.',
  'graph-backprop.forward.tally': {
    one: 'Alle Gradienten dieser Ausgabe: Der Vorwärtsmodus braucht {count} Durchlauf (einen pro Eingabe), der Rückwärtsmodus 1 (einen pro Ausgabe).',
    other:
      'Alle Gradienten dieser Ausgabe: Der Vorwärtsmodus braucht {count} Durchläufe (einen pro Eingabe), der Rückwärtsmodus 1 (einen pro Ausgabe).',
  },
  'graph-backprop.tex.tangentTitle': 'Tangente',
  'graph-backprop.say.forwardStep':
    'Schritt {step} von {total}: {name} erhält die Tangente {tangent}.',
  'graph-backprop.say.forwardDone':
    'Die Tangente der Ausgabe, {tangent}, ist gleich dem Gradienten des Rückwärtsdurchlaufs für {wrt}.',
  'graph-backprop.say.mode.reverse': 'Rückwärtsmodus: Der Gradient fließt von der Ausgabe zurück.',
  'graph-backprop.say.mode.forward': 'Vorwärtsmodus: Verfolgt wird die Tangente von {wrt}.',
  'graph-backprop.problem.unknownVariable':
    "'{name}' ist keine Variable von {expr} (Variablen: {names})",
  'graph-backprop.problem.unknownVariableNone':
    "'{name}' ist keine Variable von {expr}; der Ausdruck hat keine Variablen",
  'graph-backprop.problem.selected':
    "erwartet: ein Variablenname ({names}) oder eine Knoten-ID von n0 bis {last}; erhalten: '{got}'",
  'graph-backprop.problem.selectedNoVariables':
    "erwartet: eine Knoten-ID von n0 bis {last}; erhalten: '{got}'",
  'graph-backprop.problem.confusingName':
    "'{name}' liest sich wie eine fehlerhafte Zahl; bitte einen anderen Variablennamen wählen",
  'graph-backprop.problem.wrt':
    "'{name}' ist keine Variable von {expr}; der Vorwärtsmodus kann {names} verfolgen",
  'graph-backprop.problem.parse': 'der Ausdruck lässt sich nicht lesen: {message}',

  // layer-delta
  'layer-delta.layer.input': 'Eingabeschicht',
  'layer-delta.layer.output': 'Ausgabeschicht',
  'layer-delta.layer.hidden': 'Zwischenschicht {number}',
  'layer-delta.heading.hidden': 'h{number}',
  'layer-delta.heading.output': 'Ausgabe',
  'layer-delta.heading.loss': 'Verlust',
  'layer-delta.unit': 'Einheit {number} der {layer}',
  'layer-delta.weight': 'Gewicht von {from} zu {to}',
  'layer-delta.step': 'Schritt rückwärts',
  'layer-delta.run': 'Bis zur Eingabe',
  'layer-delta.reset': 'Zurücksetzen',
  'layer-delta.status.start':
    'Vorwärtsdurchlauf fertig. Mit „Schritt rückwärts“ den Fehler vom Verlust aus zurückschicken.',
  'layer-delta.status.done': {
    one: 'Die einzige Schicht hat ihr δ und ihre Gewichtsgradienten.',
    other: 'Alle {count} Schichten haben ihr δ und ihre Gewichtsgradienten.',
  },
  'layer-delta.status.step': 'Schritt {step} von {total}: δ hat die {layer} erreicht.',
  'layer-delta.picker': 'Schicht auswählen',
  'layer-delta.picker.prefix': 'Schicht:',
  'layer-delta.network.name': 'Netz {sizes}. Verlust {loss}',
  'layer-delta.network.hint':
    'Die Pfeiltasten wechseln zwischen Einheiten und Schichten; Pos1 und Ende springen zur ersten und letzten Einheit einer Schicht; die Eingabetaste wählt die Schicht der Einheit aus.',
  'layer-delta.readout.hint': 'Eine Einheit fokussieren oder anklicken, um ihre Zahlen zu lesen.',
  'layer-delta.readout.hintCompact':
    'Bei dieser Größe sind die Zahlen ausgeblendet: eine Einheit fokussieren oder anklicken, um sie hier zu lesen.',
  'layer-delta.legend.positive': 'positives Gewicht',
  'layer-delta.legend.negative': 'negatives Gewicht (gestrichelt)',
  'layer-delta.legend.thickness': 'dicker = größer',
  'layer-delta.legend.value': 'Zahl in einer Einheit: ihre Aktivierung',
  'layer-delta.legend.shade': 'Schattierung einer Einheit: Größe ihrer Aktivierung',
  'layer-delta.legend.delta': 'innerer Ring: δ ist bekannt (gestrichelt, wenn negativ)',
  'layer-delta.unitLabel.input': '{unit}, Wert {value}',
  'layer-delta.unitLabel.pending': '{unit}, Aktivierung {activation}, Delta noch nicht berechnet',
  'layer-delta.unitLabel.delta': '{unit}, Aktivierung {activation}, Delta {delta}',
  'layer-delta.readout.input': '{unit}: x = {x}',
  'layer-delta.readout.unit': '{unit}: a = {a}, f′(z) = {slope}, δ = {delta}',
  'layer-delta.readout.unitPending': '{unit}: a = {a}, f′(z) = {slope}, δ noch nicht berechnet',
  'layer-delta.readout.weight': '{weight}: w = {w}, Gradient {gradient}',
  'layer-delta.readout.weightPending': '{weight}: w = {w}, Gradient noch nicht berechnet',
  'layer-delta.fields.x': 'Eingabe x',
  'layer-delta.fields.y': 'Zielwert y',
  'layer-delta.editor': 'Ein Gewicht von {matrix} bearbeiten',
  'layer-delta.editor.from': 'von',
  'layer-delta.editor.to': 'zu',
  'layer-delta.editor.sliderHint':
    'Die Pfeiltasten ändern das Gewicht um 0,1, Bild auf und Bild ab um 1; Pos1 und Ende springen zu −10 und +10.',
  'layer-delta.editor.field': 'w',
  'layer-delta.panel.heading': '{layer}: ihr Fehlersignal {delta}',
  'layer-delta.panel.pendingOutput':
    '{delta} ist noch nicht berechnet. Einen Schritt rückwärts gehen, um es aus dem Verlust zu berechnen.',
  'layer-delta.panel.pendingHidden':
    '{delta} ist noch nicht berechnet. Dafür wird zuerst δ der {layer} gebraucht: weiter rückwärts gehen.',
  'layer-delta.panel.carried':
    'Das eingerahmte {matrix} trägt die Deltas von oben über dieselben Verbindungen zurück, die der Vorwärtsdurchlauf benutzt hat; ⊙ multipliziert Einheit für Einheit mit f′(z).',
  'layer-delta.panel.softmax':
    'Bei einer Softmax-Ausgabe mit Kreuzentropie ist ∂L/∂a = −y/a, und die Jacobi-Matrix der Softmax, J = diag(a) − a aᵀ, macht daraus Jᵀ ∂L/∂a = −y + a (Σ y) = a − y, weil sich die Einträge von y zu 1 summieren.',
  'layer-delta.panel.jacobian': 'Die Jacobi-Matrix J der Softmax bei dieser Eingabe, ∂aᵢ/∂zⱼ:',
  'layer-delta.panel.gradients': 'Ihre Gewichtsgradienten: δ mal die Eingabe der Schicht',
  'layer-delta.panel.table': '{layer}, Einheit für Einheit',
  'layer-delta.panel.tableUnit': 'Einheit',
  'layer-delta.cost.heading': 'Was der Rückwärtsdurchlauf kostet',
  'layer-delta.cost.note':
    'Multiplikations-Additionen für die Größen {sizes}. Wird das δ jeder Schicht wiederverwendet, bleibt der Rückwärtsdurchlauf bei einem kleinen Vielfachen des Vorwärtsdurchlaufs; wird die Kette jedes Gewichts vom Verlust aus neu berechnet, nicht.',
  'layer-delta.cost.pass': 'Durchlauf',
  'layer-delta.cost.count': 'Multiplikations-Additionen (× vorwärts)',
  'layer-delta.cost.forward': 'vorwärts',
  'layer-delta.cost.backward': 'rückwärts, δ wiederverwendet',
  'layer-delta.cost.naive': 'naiv, je Gewicht',
  'layer-delta.cost.axis': 'Breite der Zwischenschichten',
  'layer-delta.cost.caption':
    'Jede Zwischenschicht hat die Breite auf der x-Achse; die Punkte markieren dieses Netz.',
  'layer-delta.cost.chart':
    'Diagramm: Multiplikations-Additionen über der Breite der Zwischenschichten von {from} bis {to}, logarithmische Skala. Bei Breite {to}: vorwärts {forward}, rückwärts {backward}, naiv {naive}. Rückwärts kostet etwa {backwardRatio} so viel wie vorwärts; der naive Weg {naiveRatio} so viel.',
  'layer-delta.say.outputBce':
    'Ausgabeschicht: Delta ist a minus y: {deltas}. Die Gradienten von W{layer} sind Delta mal die Eingabe der Schicht.',
  'layer-delta.say.outputMse':
    'Ausgabeschicht: Delta ist zwei mal a minus y, mal f Strich von z: {deltas}. Die Gradienten von W{layer} sind Delta mal die Eingabe der Schicht.',
  'layer-delta.say.outputCe':
    'Ausgabeschicht: Mit Softmax und Kreuzentropie ist Delta a minus y: {deltas}. Die Gradienten von W{layer} sind Delta mal die Eingabe der Schicht.',
  'layer-delta.say.hidden':
    'Zwischenschicht {number}: Deltas über W{above} transponiert zurückgegeben und mit f Strich von z multipliziert: {deltas}. Die Gradienten von W{number} sind bereit.',
  'layer-delta.say.reset':
    'Rückwärtsdurchlauf gelöscht: noch keine Deltas. Einen Schritt rückwärts gehen, um beim Verlust zu beginnen.',
  'layer-delta.say.selected': '{layer} ausgewählt: Delta {deltas}.',
  'layer-delta.say.selectedPending': '{layer} ausgewählt: Delta noch nicht berechnet.',
  'layer-delta.say.weight':
    '{weight} ist {value}; sein Gradient ist {gradient}: Delta {delta} mal Eingabe {input}',
  'layer-delta.say.weightPending':
    '{weight} ist {value}; sein Gradient erscheint, sobald der Rückwärtsdurchlauf die {layer} erreicht',
  'layer-delta.say.vector': '{field} {index} ist {value}; Ausgabe {output}, Verlust {loss}.',
  'layer-delta.problem.x': {
    one: 'erwartet: {count} Zahl, eine pro Eingabeeinheit (sizes beginnt mit {count}); erhalten: {got}',
    other:
      'erwartet: {count} Zahlen, eine pro Eingabeeinheit (sizes beginnt mit {count}); erhalten: {got}',
  },
  'layer-delta.problem.y': {
    one: 'erwartet: {count} Zahl, eine pro Ausgabeeinheit (sizes endet mit {count}); erhalten: {got}',
    other:
      'erwartet: {count} Zahlen, eine pro Ausgabeeinheit (sizes endet mit {count}); erhalten: {got}',
  },
  'layer-delta.problem.yRange':
    'erwartet: Zahlen von {min} bis {max}; erhalten: {got} (mit loss="{loss}" ist jeder Zielwert eine Wahrscheinlichkeit)',
  'layer-delta.problem.ceOutputs':
    'ce braucht mindestens zwei Ausgaben: Eine Softmax über nur eine Ausgabe ist immer 1',
  'layer-delta.problem.ceNegative': 'mit ce darf kein Eintrag des Zielwerts negativ sein',
  'layer-delta.problem.ceSum':
    'mit ce muss der Zielwert one-hot sein oder ein Wahrscheinlichkeitsvektor mit Summe 1, nicht {sum}',
  'layer-delta.problem.weights':
    'erwartet: {layers} Matrizen aus endlichen Zahlen der Form {shapes} (weights[l][i][j] verbindet Einheit j der Schicht l mit Einheit i der Schicht l+1)',
  'layer-delta.problem.weightsAt':
    'erwartet: {layers} Matrizen aus endlichen Zahlen der Form {shapes} (weights[l][i][j] verbindet Einheit j der Schicht l mit Einheit i der Schicht l+1); weights[{index}] passt nicht',
  'layer-delta.problem.biases':
    'erwartet: {layers} Arrays aus endlichen Zahlen mit den Größen {sizes}',
  'layer-delta.problem.biasesAt':
    'erwartet: {layers} Arrays aus endlichen Zahlen mit den Größen {sizes}; biases[{index}] passt nicht',

  // embed pages and the loader: notes of the page around a figure
  'embed.noElement': 'Ein Element mit ?el= angeben, zum Beispiel ?el={example}.',
  'embed.unknownElement': 'Unbekanntes Element „{tag}“.',
  'embed.unavailable': 'Das Element „{tag}“ ist hier nicht verfügbar.',
  'embed.tooLong': '„{name}“ wurde ignoriert: Sein Wert ist länger als {count} Zeichen.',
  'embed.notParameterGuess': '„{name}“ ist kein Parameter von {tag}; war „{guess}“ gemeint?',
  'embed.notParameter': '„{name}“ ist kein Parameter von {tag}.',
  'embed.parameterList': 'Die Parameter sind: {list}.',
  'embed.noscript': 'Diese interaktive Abbildung braucht JavaScript.',
  'loader.missing':
    'Diese interaktive Abbildung (<{tag}>) konnte nicht geladen werden: Eine Datei, die sie braucht, fehlt oder ist nicht erreichbar. Eine Website, die backprop-elements bereitstellt, muss den ganzen Ordner dist/ ausliefern (chunks/ und fonts/ neben backprop-elements.js).',
};
