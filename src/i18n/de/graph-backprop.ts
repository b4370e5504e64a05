import type { Messages } from '../../internal/i18n.js';

/** The de messages of <graph-backprop>. */
export const messages: Messages = {
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
  'graph-backprop.domain.body': '{message} ({name}). Einen Wert ändern, um fortzufahren.',
  'graph-backprop.expression.label': 'Ausdruck',
  'graph-backprop.expression.help': 'Zum Beispiel {first}, {second} oder {third}.',
  'graph-backprop.expression.failure': 'Das lässt sich nicht lesen: {message}',
  'graph-backprop.expression.kept': 'Der Graph unten ist der letzte, der funktioniert hat.',
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
  'graph-backprop.panel.notReached':
    'Der Rückwärtsdurchlauf ist noch nicht hier angekommen: Schritt drücken, bis er ankommt.',
  'graph-backprop.panel.forwardNotReached':
    'Der Vorwärtsmodus ist noch nicht hier angekommen: Schritt vorwärts drücken, bis er ankommt.',
  'graph-backprop.panel.tangent':
    'Seine Tangente nach {wrt}: lokaler Gradient × Tangente der Eingabe, summiert über seine Eingaben:',
  'graph-backprop.panel.seed':
    'Eine Eingabe: Ihre Tangente beginnt bei 1, wenn sie {wrt} ist, die verfolgte Variable, sonst bei 0.',
  'graph-backprop.value.label': 'Wert von {name}',
  'graph-backprop.value.invalid': 'eine Zahl eingeben, etwa {example}',
  'graph-backprop.check.title': 'Prüfung mit finiter Differenz',
  'graph-backprop.check.nudge': 'mit einer kleinen Verschiebung h = {h}',
  'graph-backprop.check.compare':
    'Backpropagation ergibt {autodiff}; eine kleine Verschiebung der Eingabe ergibt {numeric}.',
  'graph-backprop.check.nudgeNode':
    'mit einer kleinen Verschiebung h = {h} des Werts dieses Knotens, seine Eingaben festgehalten',
  'graph-backprop.check.compareNode':
    'Backpropagation ergibt {autodiff}; eine kleine Verschiebung dieses Knotens ergibt {numeric}.',
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
  'graph-backprop.forward.step':
    '{name} summiert über seine Eingaben jeweils „lokaler Gradient × Tangente der Eingabe“: Seine Tangente ist {tangent}.',
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
  'graph-backprop.problem.brokenName':
    'einer der Namen liest sich wie eine fehlerhafte Zahl; {expr} hat keine Variable mit diesem Namen',
  'graph-backprop.problem.unknownVariableNone':
    "'{name}' ist keine Variable von {expr}; der Ausdruck hat keine Variablen",
  'graph-backprop.problem.selected':
    "erwartet: ein Variablenname ({names}) oder eine Knoten-ID von n0 bis {last}; erhalten: '{got}'",
  'graph-backprop.problem.selectedNoVariables':
    "erwartet: eine Knoten-ID von n0 bis {last}; erhalten: '{got}'",
  'graph-backprop.problem.confusingName':
    'ein Variablenname liest sich wie eine fehlerhafte Zahl; bitte einen anderen Namen wählen',
  'graph-backprop.problem.wrt':
    "'{name}' ist keine Variable von {expr}; der Vorwärtsmodus kann {names} verfolgen",
  'graph-backprop.problem.parse': 'der Ausdruck lässt sich nicht lesen: {message}',
  // ask: refused words, the questions and their hints
  'graph-backprop.problem.ask':
    "'{name}' ist keine Variable von {expr}; ask kann steps oder {names} nennen",
  'graph-backprop.ask.step':
    'Schritt {step}: {name} gibt einen Anteil zurück, Ziel: {input}. Diesen Anteil vorhersagen (von oben × lokal)',
  'graph-backprop.ask.gradient':
    '∂Ausgabe/∂{name} vorhersagen, den Gradienten der Ausgabe nach {name}',
  'graph-backprop.hint.local':
    'Das ist nur die lokale Ableitung: Sie mit dem von oben ankommenden Gradienten multiplizieren.',
  'graph-backprop.hint.upstream':
    'Das ist nur der Gradient von oben: Ihn mit der lokalen Ableitung dieses Knotens multiplizieren.',
  'graph-backprop.hint.sum': 'Von oben und lokal werden multipliziert, nicht addiert.',
  'graph-backprop.hint.path':
    'Das ist nur eine Verwendung: Die Anteile aller Verwendungen addieren sich.',
  'graph-backprop.hint.stepRule': 'Von oben mit lokal multiplizieren: {factors}.',
  'graph-backprop.hint.gradientRule':
    'Von oben × lokal über jede Verwendung von {name} addieren: {terms}.',
  'graph-backprop.ask.tangent':
    'Schritt {step}: {name} berechnet seine Tangente nach {wrt}. Diese Tangente vorhersagen (lokal × Tangente der Eingabe, über die Eingaben addiert)',
  'graph-backprop.hint.tangentLocal':
    'Das ist nur die lokale Ableitung: Sie mit der Tangente der Eingabe multiplizieren.',
  'graph-backprop.hint.term':
    'Das ist nur der Term einer Eingabe: Lokal × Tangente der Eingabe über jede Eingabe addieren.',
  'graph-backprop.hint.tangentRule':
    'Lokal × Tangente der Eingabe über die Eingaben addieren: {terms}.',
  // Why a graph cannot be computed (the core's reasons; `{op}` is an op as written, such as sqrt).
  'graph-backprop.reason.div': 'Division durch null',
  'graph-backprop.reason.powZero': 'null hoch eine negative Zahl',
  'graph-backprop.reason.slope': '{op} hat bei 0 eine unendliche Steigung',
  'graph-backprop.reason.powSlope':
    '{op} hat bei 0 eine unendliche Steigung (ein Exponent zwischen 0 und 1)',
  'graph-backprop.reason.powFraction': 'eine negative Zahl hoch einen gebrochenen Exponenten',
  'graph-backprop.reason.powVaries':
    'eine negative Zahl hoch einen veränderlichen Exponenten hat keine Steigung im Exponenten',
  'graph-backprop.reason.log': 'log braucht eine positive Eingabe',
  'graph-backprop.reason.sqrt': 'sqrt braucht eine Eingabe von null oder mehr',
  'graph-backprop.reason.bce': 'bce braucht eine Wahrscheinlichkeit p zwischen 0 und 1',
  'graph-backprop.reason.value': '{op} ergibt ein Ergebnis, das für eine Zahl zu groß ist',
  'graph-backprop.reason.local': 'der lokale Gradient von {op} ist für eine Zahl zu groß',
  'graph-backprop.reason.gradient': 'der Gradient von {name} ist für eine Zahl zu groß',
  'graph-backprop.reason.gradientVar': "der Gradient von '{name}' ist für eine Zahl zu groß",
  'graph-backprop.reason.tangent': "die Tangente von {name} nach '{wrt}' ist für eine Zahl zu groß",
  'graph-backprop.reason.tangentVar':
    "die Tangente von '{name}' nach '{wrt}' ist für eine Zahl zu groß",
};
