import type { Messages } from '../../internal/i18n.js';

/** The de messages of <layer-delta>. */
export const messages: Messages = {
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
  'layer-delta.problem.misfit': 'nicht übernommen: {name} würde nicht dazu passen ({reason})',
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
  'layer-delta.problem.overflow':
    'die Zahlen werden zu groß zum Berechnen: kleinere Eingaben, Zielwerte oder Gewichte versuchen',
  'layer-delta.status.predict': 'Zuerst das nächste δ unten vorhersagen, dann geht es weiter.',
  'layer-delta.panel.predict':
    '{delta} aus diesen Zahlen vorhersagen, dann einen Schritt rückwärts gehen.',
  'layer-delta.ask.delta': 'δ von {unit} vorhersagen',
  'layer-delta.hint.slope':
    'Auch mit f′(z) multiplizieren: Die Steigung der Einheit skaliert, was durch sie zurückfließt.',
  'layer-delta.hint.slopeCancels':
    'Bei Kreuzentropie hebt sich die Steigung der Ausgabe auf: δ = a − y, ohne f′(z).',
  'layer-delta.hint.two':
    'Die Ableitung des quadratischen Fehlers hat einen Faktor 2: δ = 2(a − y) f′(z).',
  'layer-delta.hint.transpose':
    'Die Zeile dieser Einheit in Wᵀ nehmen: die Gewichte, die sie verlassen, jedes mal dem δ der Einheit, die es speist.',
  'layer-delta.hint.rule': 'Die Regel anwenden: {rule}.',
};
