"use client";

import { LAYER_LABELS, LAYERS, type Layer } from "./layers";

/** The four layers as buttons, each with its key (1-4) and its swatch. */
export function LayerButtons({ onChoose, compact = false }: { onChoose: (layer: Layer) => void; compact?: boolean }) {
  return (
    <>
      {LAYERS.map((layer, i) => (
        <button
          key={layer}
          type="button"
          className={`an-layer-btn l-${layer}`}
          onClick={() => onChoose(layer)}
          aria-keyshortcuts={String(i + 1)}
          title={`${LAYER_LABELS[layer]} (key ${i + 1})`}
        >
          <kbd aria-hidden="true">{i + 1}</kbd>
          <span className={`an-swatch l-${layer}`} aria-hidden="true" />
          <span className={compact ? "an-compact" : undefined}>{LAYER_LABELS[layer]}</span>
        </button>
      ))}
    </>
  );
}
