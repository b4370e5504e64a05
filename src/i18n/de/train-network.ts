import type { Messages } from '../../internal/i18n.js';

/** The de messages of <train-network>. */
export const messages: Messages = {
  'train-network.play': 'Abspielen',
  'train-network.pause': 'Pause',
  'train-network.step': 'Schritt',
  'train-network.stepHint': 'ein Mini-Batch',
  'train-network.reset': 'Zurücksetzen',
  'train-network.epoch': 'Epoche {epoch}',
  'train-network.trainLoss': 'Trainingsverlust {value}',
  'train-network.testLoss': 'Testverlust {value}',
  'train-network.accuracy': 'Testgenauigkeit {percent} %',
  'train-network.diverged':
    'Der Verlust ist explodiert, daher hat das Training angehalten und ist zu den Gewichten von Epoche {epoch} zurückgekehrt: Versuche eine kleinere Lernrate als {rate}.',
  'train-network.settings': 'Einstellungen',
  'train-network.dataset': 'Daten',
  'train-network.dataset.circle': 'Kreis',
  'train-network.dataset.xor': 'XOR',
  'train-network.dataset.gauss': 'Gaußsche Wolken',
  'train-network.dataset.spiral': 'Spirale',
  'train-network.dataset.plane': 'Ebene (Regression)',
  'train-network.dataset.wave': 'Welle (Regression)',
  'train-network.dataset.own': 'Eigene Punkte',
  'train-network.classes': 'Klassen',
  'train-network.activation': 'Aktivierung',
  'train-network.learningRate': 'Lernrate',
  'train-network.batchSize': 'Batch-Größe',
  'train-network.layers': 'Verborgene Schichten',
  'train-network.units': 'Einheiten pro Schicht',
  'train-network.regularization': 'Regularisierung',
  'train-network.regularization.none': 'Keine',
  'train-network.regularizationRate': 'Regularisierungsrate',
  'train-network.noise': 'Rauschen',
  'train-network.trainRatio': 'Trainingsanteil',
  'train-network.percent': '{value} %',
  'train-network.features': 'Eingabemerkmale',
  'train-network.plane.name': 'Datenpunkte und Entscheidungsgrenze',
  'train-network.plane.hint':
    'Pfeiltasten bewegen einen Cursor über die Ebene; Enter fügt dort einen Punkt der gewählten Klasse hinzu oder entfernt den Punkt darunter.',
  'train-network.plane.cursor': 'Cursor bei x₁ = {x}, x₂ = {y}',
  'train-network.newPoint': 'Neue Punkte',
  'train-network.class': 'Klasse {number}',
  'train-network.value': 'Wert {value}',
  'train-network.grid.toggle': 'Die Vorhersagen als Tabelle lesen',
  'train-network.grid.caption':
    'Die vorhergesagte Klasse an {count} × {count} Punkten der Ebene: Zeilen von oben (x₂ = {top}) nach unten, Spalten von links (x₁ = {left}).',
  'train-network.grid.captionRegression':
    'Der vorhergesagte Wert an {count} × {count} Punkten der Ebene: Zeilen von oben (x₂ = {top}) nach unten, Spalten von links (x₁ = {left}).',
  'train-network.grid.x1': 'x₁ = {value}',
  'train-network.grid.x2': 'x₂ = {value}',
  'train-network.legend.train': 'gefüllt: Trainingspunkte',
  'train-network.legend.test': 'umrandet: Testpunkte',
  'train-network.legend.shade':
    'Hintergrund: die vorhergesagte Klasse, blasser, wo das Modell unsicher ist',
  'train-network.classAccuracy':
    'Klasse {number}: {right} von {total} Testpunkten richtig vorhergesagt.',
  'train-network.pointAdded': 'Punkt der {label} bei x₁ = {x}, x₂ = {y} hinzugefügt.',
  'train-network.pointRemoved': 'Punkt bei x₁ = {x}, x₂ = {y} entfernt.',
  'train-network.curves.name': 'Verlust pro Epoche: Training {train}, Test {test}',
  'train-network.curves.train': 'Training',
  'train-network.curves.test': 'Test (gestrichelt)',
  'train-network.network.name':
    'Das Netz: {sizes}. Wähle eine Verbindung, um ihren Gradienten zu sehen.',
  'train-network.unit.input': 'Eingabe {feature}',
  'train-network.unit.hidden': 'Schicht {layer} Einheit {unit}',
  'train-network.unit.output': 'Ausgabe {unit}',
  'train-network.legend.positive': 'positives Gewicht',
  'train-network.legend.negative': 'negatives Gewicht (gestrichelt)',
  'train-network.panel.title': 'Der Gradient des Gewichts von {from} nach {to}',
  'train-network.panel.pick': 'Verbindung',
  'train-network.panel.layer': 'Schicht',
  'train-network.panel.layerOption': 'Schicht {from} nach Schicht {to}',
  'train-network.panel.from': 'Von',
  'train-network.panel.to': 'Nach',
  'train-network.panel.mean': {
    one: 'Für den nächsten Mini-Batch ({count} Beispiel) ist ∂L/∂w der Mittelwert über seine Beispiele von δ der empfangenden Einheit mal a der sendenden Einheit:',
    other:
      'Für den nächsten Mini-Batch ({count} Beispiele) ist ∂L/∂w der Mittelwert über seine Beispiele von δ der empfangenden Einheit mal a der sendenden Einheit:',
  },
  'train-network.panel.example': 'Das erste Beispiel des Batches:',
  'train-network.panel.deltaToggle': 'Woher δ von {unit} kommt',
  'train-network.panel.deltaTitle': 'δ von {unit}',
  'train-network.panel.deltaOutput':
    'Am Ausgang ist δ die Vorhersage minus das Ziel: wie schnell sich der Verlust mit dem z der Einheit ändert.',
  'train-network.panel.deltaHidden':
    'Das δ einer verborgenen Einheit ist die Kettenregel eine Schicht zurück: die Steigung ihrer Aktivierung mal die δs der nächsten Schicht, jedes gewichtet mit der Verbindung, über die es zurückkommt.',
  'train-network.panel.deltaMean': {
    one: 'Gemittelt über den Mini-Batch ({count} Beispiel):',
    other: 'Gemittelt über den Mini-Batch ({count} Beispiele):',
  },
  'train-network.panel.update': 'Schritt bewegt das Gewicht dann gegen seinen Gradienten:',
  'train-network.panel.toggle': 'Einen Gradienten erklären',
  'train-network.panel.empty':
    'Wähle eine Verbindung in der Zeichnung, um zu sehen, wie ihr Gradient entsteht.',
  'train-network.summary':
    'Epoche {epoch}: Trainingsverlust {train}, Testverlust {test}, Testgenauigkeit {percent} %.',
  'train-network.summaryRegression':
    'Epoche {epoch}: Trainingsverlust {train}, Testverlust {test}.',
  'train-network.playing': 'Training läuft.',
  'train-network.problem.features': 'erwartet mindestens einen von {choices}',
  'train-network.problem.feature': "erwartet Namen aus {choices}; '{name}' gehört nicht dazu",
  'train-network.problem.tooManyPoints': 'erwartet höchstens {max} Punkte',
  'train-network.problem.point':
    "Punkt {number} ('{entry}') ist nicht 'x y Label' mit x und y von −6 bis 6 und einer Klasse von 0 bis {max}",
  'train-network.problem.fewPoints': 'erwartet mindestens zwei Punkte',
  'train-network.problem.shape': '{name} muss die Form des Netzes haben',
  'train-network.ask.gradient':
    '∂L/∂w des Gewichts von {from} zu {to} nur für das erste Beispiel vorhersagen',
  'train-network.hint.missing-activation':
    'δ der gespeisten Einheit mit a der speisenden Einheit multiplizieren: a fehlt.',
  'train-network.hint.missing-delta':
    'a der speisenden Einheit mit δ der gespeisten Einheit multiplizieren: δ fehlt.',
  'train-network.hint.penalty': 'Den Regularisierungsterm zu δ·a addieren.',
  'train-network.hint.rule': 'Die Regel anwenden: {rule}.',
};
