"use client";

import { useEffect, useState } from "react";
import type { AnnotationSummaryDto, LinkCandidateDto } from "@/lib/annotations/dto";
import { snippet } from "@/lib/reader/annotation-view";
import { linkErrorMessage, parseAnnotationLink } from "@/lib/reader/annotation-link";
import { api } from "./api";
import { LAYER_LABELS, type Layer } from "./layers";
import { LinkSearch } from "./link-search";

/** The chosen target: its id and source (to know whether this reader lists it too). */
export interface LinkTarget {
  id: string;
  sourceId: string;
}

interface Props {
  /** The annotation the link starts from; never offered as its own target. */
  fromId: string;
  sourceId: string;
  /** This source's annotations, as the panel lists them. */
  candidates: AnnotationSummaryDto[];
  onChange: (target: LinkTarget | null) => void;
}

type Preview = { state: "idle" } | { state: "loading" } | { state: "ok"; layer: Layer; exact: string } | { state: "error"; message: string };

type Mode = "here" | "search" | "paste";

/**
 * Where the link goes: an annotation of this source (a select), one found by
 * searching the other sources the user reads, or any annotation by pasting its link.
 */
export function LinkTargetPicker({ fromId, sourceId, candidates, onChange }: Props) {
  const others = candidates.filter((c) => c.id !== fromId);
  const [mode, setMode] = useState<Mode>(others.length > 0 ? "here" : "search");
  const [found, setFound] = useState<LinkCandidateDto | null>(null);
  const [chosen, setChosen] = useState("");
  const [pasted, setPasted] = useState("");
  const [preview, setPreview] = useState<Preview>({ state: "idle" });
  const parsed = pasted.trim() === "" ? null : parseAnnotationLink(pasted, window.location.origin);
  const pastedId = parsed?.ok === true ? parsed.ref.annotationId : null;

  // A pasted link is checked at once: the quote it points to, or why it cannot be used.
  useEffect(() => {
    if (mode !== "paste" || pastedId === null) return;
    if (pastedId === fromId) {
      setPreview({ state: "error", message: "That is this annotation's own link: paste the other annotation's link." });
      onChange(null);
      return;
    }
    let live = true;
    setPreview({ state: "loading" });
    void api.get(pastedId).then((r) => {
      if (!live) return;
      if (!r.ok) {
        setPreview({ state: "error", message: linkErrorMessage(r.status === 403 ? 404 : r.status, r.message) });
        return onChange(null);
      }
      setPreview({ state: "ok", layer: r.data.layer, exact: r.data.exact });
      onChange({ id: r.data.id, sourceId: r.data.sourceId });
    });
    return () => {
      live = false;
    };
  }, [mode, pastedId, fromId, onChange]);

  const pick = (next: Mode) => {
    setMode(next);
    setPreview({ state: "idle" });
    setPasted("");
    setFound(null);
    onChange(next === "here" && chosen !== "" ? { id: chosen, sourceId } : null);
  };
  const chooseFound = (candidate: LinkCandidateDto) => {
    setFound(candidate);
    onChange({ id: candidate.id, sourceId: candidate.sourceId });
  };
  const choose = (id: string) => {
    setChosen(id);
    onChange(id === "" ? null : { id, sourceId });
  };
  const type = (value: string) => {
    setPasted(value);
    setPreview({ state: "idle" });
    onChange(null);
  };

  return (
    <fieldset className="an-field an-target">
      <legend className="an-label">Link to</legend>
      <div className="an-vis">
        <label>
          <input type="radio" name={`an-target-${fromId}`} checked={mode === "here"} onChange={() => pick("here")} />
          An annotation in this source
        </label>
        <label>
          <input type="radio" name={`an-target-${fromId}`} checked={mode === "search"} onChange={() => pick("search")} />
          An annotation in another source
        </label>
        <label>
          <input type="radio" name={`an-target-${fromId}`} checked={mode === "paste"} onChange={() => pick("paste")} />
          A pasted annotation link
        </label>
      </div>
      {mode === "here" ? (
        others.length === 0 ? (
          <p className="an-muted">No other annotation in this source yet: search another source instead.</p>
        ) : (
          <label className="an-field">
            <span className="an-label">Annotation</span>
            <select value={chosen} onChange={(e) => choose(e.target.value)}>
              <option value="">Choose an annotation…</option>
              {others.map((c) => (
                <option key={c.id} value={c.id}>
                  {LAYER_LABELS[c.layer]} · {c.author.name} — “{snippet(c.exact, 80)}”
                </option>
              ))}
            </select>
          </label>
        )
      ) : mode === "search" ? (
        <>
          <LinkSearch fromId={fromId} sourceId={sourceId} chosen={found?.id ?? ""} onChoose={chooseFound} />
          {found === null ? null : (
            <p className="an-target-preview" aria-live="polite">
              <span className="an-label">
                Linking to: {LAYER_LABELS[found.layer]} in “{found.sourceTitle}”
              </span>
              <q>{found.exact}</q>
            </p>
          )}
        </>
      ) : (
        <>
          <label className="an-field">
            <span className="an-label">Annotation link</span>
            <input
              type="text"
              inputMode="url"
              spellCheck={false}
              value={pasted}
              onChange={(e) => type(e.target.value)}
              placeholder="/sources/…?annotation=…"
              aria-describedby={`an-target-help-${fromId}`}
            />
          </label>
          <p id={`an-target-help-${fromId}`} className="an-hint">
            Open the other annotation (in any source), press its “Copy link”, and paste the link here.
          </p>
          {parsed !== null && !parsed.ok ? (
            <p role="alert" className="an-error">
              {parsed.message}
            </p>
          ) : null}
          {preview.state === "loading" ? <p className="an-muted">Checking the link…</p> : null}
          {preview.state === "error" ? (
            <p role="alert" className="an-error">
              {preview.message}
            </p>
          ) : null}
          {preview.state === "ok" ? (
            <p className="an-target-preview" aria-live="polite">
              <span className="an-label">{LAYER_LABELS[preview.layer]}</span>
              <q>{snippet(preview.exact, 160)}</q>
            </p>
          ) : null}
        </>
      )}
    </fieldset>
  );
}
