import type { Messages } from '../../internal/i18n.js';

/** The de messages of <neuron-backprop>. */
export const messages: Messages = {
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
  'neuron-backprop.plot.before':
    'Gestrichelt: Kurve und Punkt vor dem letzten Schritt. Ein Schritt verschiebt w und b zugleich, daher bewegt sich die Kurve ebenso wie der Punkt.',
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
  'neuron-backprop.ask.value': '{symbol} vorhersagen',
  'neuron-backprop.hint.sum':
    'Die Faktoren multiplizieren sich entlang der Kette; sie addieren sich nicht.',
  'neuron-backprop.hint.missing': 'Ein Faktor fehlt: auch mit {symbol} multiplizieren.',
  'neuron-backprop.hint.sigmoid': 'Das ist a selbst; die Steigung des Sigmoids ist a(1 − a).',
  'neuron-backprop.hint.input':
    'z = wx + b ändert sich mit {symbol} um das, womit {symbol} multipliziert wird.',
  'neuron-backprop.hint.rule': 'Die Regel anwenden: {rule}.',
  'neuron-backprop.plot.labelHidden':
    'Verlust in Abhängigkeit von {symbol}, von {min} bis {max}. Bei {symbol} = {value} ist der Verlust {loss}; die Tangente ist verborgen, bis die Antwort gegeben ist.',
};
