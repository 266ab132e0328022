"use client";

import { useTextScope } from "./text-scope";
import { useRef, useState } from "react";
import { findPassage } from "@/lib/reader/find-passage";
import type { OffsetRange } from "@/lib/reader/selection-offsets";
import { LayerButtons } from "./layer-buttons";
import { layerForKey, type Layer } from "./layers";
import { textModel } from "./text-model";

interface Props {
  /** Selects the match in the text; returns false when it covers no visible text. */
  onFound: (match: OffsetRange) => boolean;
  /** Present when the reader may annotate: the match can then be annotated from here. */
  onChoose?: (layer: Layer) => void;
  /** Whether a passage is chosen now (it is dropped after a save or a click elsewhere). */
  chosen: boolean;
}

/**
 * The keyboard's way to choose a passage: type, Enter selects the first match in
 * the text (Enter again: the next), then Tab to a layer, or press its key 1-4.
 */
/** The skip link in the reader targets this id. */
export const FIND_ID = "an-find";

export function FindPassage({ onFound, onChoose, chosen }: Props) {
  const scope = useTextScope();
  const id = `${scope.prefix}${FIND_ID}`;
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState("");
  const [found, setFound] = useState<OffsetRange | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const find = () => {
    const model = textModel(scope.prefix);
    if (model === null) return;
    const from = found === null ? 0 : found.start + 1;
    const match = findPassage(model.text, query, from);
    if (match === null || !onFound(match)) {
      setFound(null);
      setStatus(query.trim() === "" ? "" : "No match in this text.");
      return;
    }
    setFound(match);
    const before = model.text.slice(0, match.start).split("\n\n").length;
    setStatus(`Selected the match in paragraph ${before}.${onChoose === undefined ? "" : " Choose a layer: keys 1-4."}`);
    // Selecting text in the page may take focus from the field; keep typing here.
    input.current?.focus();
  };

  return (
    <div className="an-find">
      <label htmlFor={id} className="an-label">
        Find a passage
      </label>
      <input
        id={id}
        ref={input}
        type="search"
        value={query}
        placeholder="Type words from the text, then Enter"
        onChange={(e) => {
          setQuery(e.target.value);
          setFound(null);
          setStatus("");
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            find();
            return;
          }
          // Once a match is chosen the status offers keys 1-4, so here they pick the layer
          // instead of typing a digit; editing the words drops the match and digits type again.
          const layer = found !== null && chosen && !e.ctrlKey && !e.metaKey && !e.altKey ? layerForKey(e.key) : undefined;
          if (layer !== undefined && onChoose !== undefined) {
            e.preventDefault();
            onChoose(layer);
          }
        }}
        aria-describedby={`${id}-status`}
      />
      <p id={`${id}-status`} className="an-muted" role="status">
        {status}
      </p>
      {found !== null && chosen && onChoose !== undefined ? (
        <div role="toolbar" aria-label="Annotate the found passage" className="an-inline-layers">
          <LayerButtons onChoose={onChoose} compact />
        </div>
      ) : null}
    </div>
  );
}
