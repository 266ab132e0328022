// Revisions and replies ("entries") keep the audience their annotation had when
// they were written. Widening a note publishes what it says from then on, never
// its earlier drafts or a thread that was written for a narrower audience.
import { type Actor, type AnnotationResource, type EntryResource, VISIBILITIES, type Visibility } from "./actions";
import { readAnnotation } from "./annotation-rules";
import { ALLOW, type Decision, notFound } from "./decision";

/** Readable now, and readable then: the narrower of the two audiences wins. */
export function readEntry(actor: Actor | null, entry: EntryResource): Decision {
  const now = readAnnotation(actor, entry.annotation);
  if (!now.allowed) return now;
  const then = readAnnotation(actor, { ...entry.annotation, visibility: entry.writtenUnder });
  return then.allowed ? ALLOW : notFound("Entry");
}

/**
 * The written-under visibilities of one annotation's entries that `actor` may read,
 * as a list filter (paginated lists cannot ask row by row). Derived from readEntry,
 * so the filter and the rule cannot disagree; empty when the annotation is unreadable.
 */
export function readableEntryVisibilities(actor: Actor | null, annotation: AnnotationResource): Visibility[] {
  return VISIBILITIES.filter((writtenUnder) => readEntry(actor, { kind: "entry", annotation, writtenUnder }).allowed);
}
