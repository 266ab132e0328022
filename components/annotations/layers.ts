import { LAYER_LABELS, LAYERS, type Layer } from "@/lib/annotations/dto";

export { LAYER_LABELS, LAYERS, type Layer };

/** The CSS Custom Highlight name of a layer; annotations.css styles `::highlight(<name>)`. */
export const highlightName = (layer: Layer) => `an-${layer}`;

/** Name of the performance measure of each highlight paint, which a benchmark reads. */
export const PAINT_MEASURE = "palimpsest:paint-highlights";

/** Keys 1-4 choose a layer, in the order of LAYERS. */
export function layerForKey(key: string): Layer | undefined {
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= LAYERS.length ? LAYERS[n - 1] : undefined;
}

/** The user's groups where they may annotate, as the server page passes them. */
export interface GroupOption {
  id: string;
  name: string;
}

export interface Viewer {
  id: string;
  name: string;
}

/** Dates of notes, replies and revisions, written as everywhere else (lib/reader/format.ts). */
export { formatDateTime as formatDate } from "@/lib/reader/format";
