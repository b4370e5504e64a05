import { addEnglish, addTranslations } from '../../internal/i18n.js';
import { translations } from '../../i18n/layer-delta.js';

// Its words in the other shipped languages, fetched when the element first shows one.
addTranslations('layer-delta', translations);

/**
 * Every word `<layer-delta>` shows or speaks, in English. Layers are counted as in `sizes`: the
 * input, hidden 1, hidden 2, …, the output. `{layer}` is a layer's name from the
 * `layer-delta.layer.*` messages, `{unit}` a unit's name, `{weight}` a weight's name; numbers
 * arrive formatted for the reader's language. δ (delta), a (activation), z, f′(z), x, y, w and
 * W₂ᵀ (a weight matrix, transposed) are mathematical symbols: keep them as they are.
 */
addEnglish({
  // Layer names, used inside other messages as {layer}.
  'layer-delta.layer.input': 'input',
  'layer-delta.layer.output': 'output',
  'layer-delta.layer.hidden': 'hidden {number}',
  // Short column headings above the drawing: the hidden layers (h1, h2, …), the output, the loss.
  'layer-delta.heading.hidden': 'h{number}',
  'layer-delta.heading.output': 'out',
  'layer-delta.heading.loss': 'loss',
  // A unit (neuron) of a layer, by its position from the top.
  'layer-delta.unit': '{layer} unit {number}',
  // A connection, from a unit of one layer to a unit of the next.
  'layer-delta.weight': 'weight from {from} to {to}',

  // The stepping buttons and the status line beside them.
  'layer-delta.step': 'Step backward',
  'layer-delta.run': 'Run to input',
  'layer-delta.reset': 'Reset',
  'layer-delta.status.start':
    'Forward pass done. Step backward to send the error back from the loss.',
  'layer-delta.picker': 'Select a layer',
  'layer-delta.picker.prefix': 'Layer:',

  // The drawing: its accessible name, how to move in it, the line under it and the legend.
  'layer-delta.network.name': 'Network {sizes}. Loss {loss}',
  'layer-delta.network.hint':
    'Arrow keys move between units and layers; Home and End go to the first and last unit of a layer; Enter selects the unit’s layer.',
  'layer-delta.readout.hint': 'Focus or click a unit to read its numbers.',
  'layer-delta.readout.hintCompact':
    'Numbers are hidden at this size: focus or click a unit to read them here.',
  'layer-delta.legend.positive': 'positive weight',
  'layer-delta.legend.negative': 'negative weight (dashed)',
  'layer-delta.legend.thickness': 'thicker = larger',
  'layer-delta.legend.value': 'number inside a unit: its activation',
  'layer-delta.legend.shade': 'unit shading: size of its activation',
  // The mark a unit gets once its δ is known: a thin tinted ring inside its circle.
  'layer-delta.legend.delta': 'inner ring: δ is known (dashed when negative)',

  // A unit's accessible name: its name and its numbers (short; "delta" is the symbol δ read aloud).
  'layer-delta.unitLabel.input': '{unit}, value {value}',
  'layer-delta.unitLabel.pending': '{unit}, activation {activation}, delta not computed yet',

  // The reader's fields: views/fields.messages.ts, which arrive with them.

  // The selected layer's panel. {delta} is a symbol such as δ₂.
  'layer-delta.panel.heading': '{layer} layer: its error signal {delta}',
  'layer-delta.panel.pendingOutput':
    '{delta} is not computed yet. Step backward once to compute it from the loss.',
  'layer-delta.panel.gradients': 'Its weight gradients: δ times the layer’s input',
  'layer-delta.panel.table': '{layer} layer, unit by unit',
  'layer-delta.panel.tableUnit': 'unit',

  // The cost panel.
  'layer-delta.cost.heading': 'What the backward pass costs',
});
