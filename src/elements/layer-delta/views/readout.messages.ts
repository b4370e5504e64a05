import { addEnglish, type Messages } from '../../../internal/i18n.js';

/**
 * The line under `<layer-delta>`'s drawing for the focused unit or chosen weight, in English:
 * apart from the element's other words because they arrive with the readout (readout.ts), when
 * the page is idle or the reader first focuses a unit, not before the first paint. Names as in
 * messages.ts.
 */
export const layerDeltaReadoutMessages: Messages = {
  'layer-delta.readout.input': '{unit}: x = {x}',
  'layer-delta.readout.unit': '{unit}: a = {a}, f′(z) = {slope}, δ = {delta}',
  'layer-delta.readout.unitPending': '{unit}: a = {a}, f′(z) = {slope}, δ not computed yet',
  'layer-delta.readout.weight': '{weight}: w = {w}, gradient {gradient}',
  'layer-delta.readout.weightPending': '{weight}: w = {w}, gradient not computed yet',
};

addEnglish(layerDeltaReadoutMessages);
