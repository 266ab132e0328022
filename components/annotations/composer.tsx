"use client";

import type { TextAnchor } from "@/lib/anchoring";
import type { AnnotationDto } from "@/lib/annotations/dto";
import { snippet } from "@/lib/reader/annotation-view";
import { api } from "./api";
import { AnnotationForm, type FormValues } from "./annotation-form";
import { EMPTY_DOC } from "./body-json";
import type { GroupOption, Layer } from "./layers";
import { citationFieldsOf, citationInputOf, EMPTY_CITATION_FIELDS } from "@/lib/reader/citation-prefill";
import type { ReaderCitation } from "@/lib/sources/types";

interface Props {
  sourceId: string;
  versionId: string;
  anchor: TextAnchor;
  layer: Layer;
  groups: GroupOption[];
  allowPublic: boolean;
  /** A citation of the text in or beside the selection: the citation fields start from it. */
  citation?: ReaderCitation;
  onCreated: (annotation: AnnotationDto) => void;
  onCancel: () => void;
}

/** A new annotation on the chosen passage; the anchor is described from the text the reader shows. */
export function Composer({ sourceId, versionId, anchor, layer, groups, allowPublic, citation, onCreated, onCancel }: Props) {
  const first = groups[0];
  const initial: FormValues = {
    layer,
    body: EMPTY_DOC,
    tags: [],
    visibility: first === undefined ? "private" : "group",
    groupId: first?.id ?? null,
    citation: citation === undefined ? EMPTY_CITATION_FIELDS : citationFieldsOf(citation),
  };
  const submit = async (v: FormValues) => {
    const result = await api.create(sourceId, {
      versionId,
      layer: v.layer,
      visibility: v.visibility,
      groupId: v.groupId,
      body: v.body,
      tags: v.tags,
      citation: v.citation === undefined ? null : citationInputOf(v.citation),
      start: anchor.start,
      end: anchor.end,
      exact: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
    });
    if (!result.ok) return result.message;
    onCreated(result.data);
    return null;
  };
  return (
    <section className="an-composer" aria-label="New annotation">
      <AnnotationForm
        title={
          <>
            <h2>New annotation</h2>
            <blockquote className="an-quote">{snippet(anchor.exact, 280)}</blockquote>
          </>
        }
        initial={initial}
        groups={groups}
        visibilities={allowPublic ? ["private", "group", "public"] : ["private", "group"]}
        submitLabel="Save annotation"
        citationFrom={citation?.raw ?? null}
        onSubmit={submit}
        onCancel={onCancel}
      />
    </section>
  );
}
