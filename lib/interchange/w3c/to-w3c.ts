// The internal model as W3C Web Annotation JSON-LD (model sections 3 and 4): pure
// functions of one annotation or link, shared by the protocol and the exports.
import type { BodyDoc } from "@/lib/annotations/body";
import type { InterchangeAnnotation, InterchangeLink } from "../model";
import { annotationIri, type IriBase, linkIri, versionIri } from "./iris";
import { citoIri } from "@/lib/claims/cito";
import { ANNOTATION_CONTEXT } from "./vocabulary";

export interface W3cTextualBody {
  type: "TextualBody";
  purpose: "commenting" | "classifying" | "tagging";
  value: string;
  format?: "text/plain";
  /** The note as the editor's JSON (our `pal:doc` term), so formatting survives a round trip. */
  doc?: BodyDoc;
}

export interface W3cSpecificBody {
  type: "SpecificResource";
  purpose: "classifying";
  source: string;
}

export interface W3cTextTarget {
  type: "SpecificResource";
  source: string;
  selector: [
    { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
    { type: "TextPositionSelector"; start: number; end: number },
  ];
}

export interface W3cAnnotation {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "commenting" | "classifying" | "linking";
  body: (W3cTextualBody | W3cSpecificBody)[];
  target: W3cTextTarget | string[];
  creator?: { type: "Person"; name: string };
  created?: string;
  modified?: string;
}

/** The layer as a classifying body's value: the key the import reads back. */
export function annotationToW3c(base: IriBase, annotation: InterchangeAnnotation): W3cAnnotation {
  const { source } = annotation;
  const body: W3cAnnotation["body"] = [{ type: "TextualBody", purpose: "classifying", value: annotation.layer }];
  if (annotation.bodyText.trim() !== "") {
    body.unshift({ type: "TextualBody", purpose: "commenting", format: "text/plain", value: annotation.bodyText, doc: annotation.body });
  }
  for (const tag of annotation.tags) body.push({ type: "TextualBody", purpose: "tagging", value: tag });
  return {
    "@context": ANNOTATION_CONTEXT,
    id: annotationIri(base, source.slug, annotation.id),
    type: "Annotation",
    motivation: annotation.bodyText.trim() === "" ? "classifying" : "commenting",
    body,
    target: {
      type: "SpecificResource",
      source: versionIri(base, source.slug, source.versionId),
      selector: [
        { type: "TextQuoteSelector", exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix },
        { type: "TextPositionSelector", start: annotation.start, end: annotation.end },
      ],
    },
    creator: { type: "Person", name: annotation.creator.name },
    created: annotation.created,
    modified: annotation.modified,
  };
}

/** A link as a `linking` annotation with both ends as targets, from first; its kind a CiTO relation. */
export function linkToW3c(base: IriBase, link: InterchangeLink): W3cAnnotation {
  const body: W3cAnnotation["body"] = [{ type: "SpecificResource", purpose: "classifying", source: citoIri(link.kind) }];
  if (link.note !== null && link.note !== "") body.push({ type: "TextualBody", purpose: "commenting", format: "text/plain", value: link.note });
  return {
    "@context": ANNOTATION_CONTEXT,
    id: linkIri(base, link.id),
    type: "Annotation",
    motivation: "linking",
    body,
    target: [annotationIri(base, link.from.sourceSlug, link.from.id), annotationIri(base, link.to.sourceSlug, link.to.id)],
    ...(link.creator === undefined ? {} : { creator: { type: "Person", name: link.creator.name } }),
    ...(link.created === undefined ? {} : { created: link.created, modified: link.created }),
  };
}
