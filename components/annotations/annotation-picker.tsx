"use client";

import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";
import type { AnnotationSummaryDto } from "@/lib/annotations/dto";
import { snippet } from "@/lib/reader/annotation-view";
import { LAYER_LABELS } from "./layers";
import { UI_ATTR } from "./use-text-selection";

interface Props {
  x: number;
  y: number;
  choices: AnnotationSummaryDto[];
  onPick: (id: string) => void;
  onClose: () => void;
}

/** Several annotations cover the clicked character: let the reader pick one. */
export function AnnotationPicker({ x, y, choices, onPick, onClose }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const props = { [UI_ATTR]: "" };
  return createPortal(
    <div
      {...props}
      className="an-picker"
      role="dialog"
      aria-label="Annotations here"
      style={{ left: x, top: y }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <p className="an-label">{choices.length} annotations here</p>
      <ul>
        {choices.map((a, i) => (
          <li key={a.id}>
            <button type="button" ref={i === 0 ? first : undefined} onClick={() => onPick(a.id)}>
              <span className={`an-swatch l-${a.layer}`} aria-hidden="true" /> {LAYER_LABELS[a.layer]} by {a.author.name}:{" "}
              {snippet(a.note === "" ? a.exact : a.note, 60)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>,
    document.body,
  );
}
