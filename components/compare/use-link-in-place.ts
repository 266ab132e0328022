"use client";

import { useCallback, useState } from "react";
import type { AnnotationDto, Layer, LinkKind } from "@/lib/annotations/dto";
import type { PaneSide } from "@/lib/compare/connector-layout";
import type { CompareLinkDto } from "@/lib/compare/schemas";
import { linkErrorMessage } from "@/lib/reader/annotation-link";
import { EMPTY_NOTE, linkPassages, type LinkEndBody, type NewPassage } from "./compare-api";
import type { LinkEndChoice } from "./link-bar";
import type { CompareSideData } from "./types";

/** A passage to annotate now: in the first group the user may annotate in there, else privately. */
export function newPassage(data: CompareSideData, span: { start: number; end: number; text: string }, layer: Layer): NewPassage {
  const group = data.options.groups[0];
  return {
    sourceId: data.summary.id,
    versionId: data.versionId,
    start: span.start,
    end: span.end,
    exact: span.text,
    layer,
    visibility: group === undefined ? "private" : "group",
    groupId: group?.id ?? null,
    body: EMPTY_NOTE,
    tags: [],
  };
}

const endBody = (data: CompareSideData, end: LinkEndChoice, layer: Layer): LinkEndBody =>
  end.kind === "annotation" ? { annotationId: end.id } : newPassage(data, { start: end.start, end: end.end, text: end.quote }, layer);

/** Hears of a link made in the view, with its two ends as the server answered them. */
export type Linked = (link: CompareLinkDto, ends: AnnotationDto[]) => void;

/** Makes links between the panes through POST /api/compare/links; reports the new link or the refusal. */
export function useLinkInPlace(sides: Record<PaneSide, CompareSideData>, onLinked: Linked) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const link = useCallback(
    async (ends: Record<PaneSide, LinkEndChoice>, choice: { kind: LinkKind; layer: Layer; leftToRight: boolean }): Promise<boolean> => {
      setBusy(true);
      setMessage(null);
      const [from, to]: PaneSide[] = choice.leftToRight ? ["left", "right"] : ["right", "left"];
      const result = await linkPassages({
        from: endBody(sides[from!], ends[from!], choice.layer),
        to: endBody(sides[to!], ends[to!], choice.layer),
        kind: choice.kind,
        note: null,
      });
      setBusy(false);
      if (!result.ok) {
        setMessage({ text: linkErrorMessage(result.status, result.message), error: true });
        return false;
      }
      const { from: a, to: b, link: made } = result.data;
      const [leftId, rightId] = choice.leftToRight ? [a.id, b.id] : [b.id, a.id];
      onLinked({ id: made.id, kind: made.kind, fromId: a.id, toId: b.id, leftId, rightId, note: made.note }, [a, b]);
      setMessage({ text: "Linked.", error: false });
      return true;
    },
    [sides, onLinked],
  );
  return { link, busy, message, setMessage };
}
