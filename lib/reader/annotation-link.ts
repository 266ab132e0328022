// Links between annotations, as the reader offers them: an annotation's own URL
// (the "Copy link" button), reading such a URL back when a user pastes it, the
// link kinds worded for people, and what to say when the server refuses a link.
// Pure, so the rules are unit-tested.
import { LINK_KINDS, type LinkKind } from "@/lib/annotations/dto";

/** How the form words each kind: "This annotation … that one". */
export const LINK_KIND_WORDS: Record<LinkKind, string> = {
  rebuts: "rebuts",
  supports: "supports",
  confirms: "confirms",
  refutes: "refutes",
  contextualizes: "gives context to",
  cites: "cites",
  quotes: "quotes",
};

/** How a link reads from either end: [this end links there, that end links here]. */
export const LINK_DIRECTION_WORDS: Record<LinkKind, [string, string]> = {
  rebuts: ["Rebuts", "Rebutted by"],
  supports: ["Supports", "Supported by"],
  confirms: ["Confirms", "Confirmed by"],
  refutes: ["Refutes", "Refuted by"],
  contextualizes: ["Gives context to", "Put in context by"],
  cites: ["Cites", "Cited by"],
  quotes: ["Quotes", "Quoted by"],
};

export const LINK_KIND_OPTIONS: { value: LinkKind; label: string }[] = LINK_KINDS.map((value) => ({ value, label: LINK_KIND_WORDS[value] }));

/**
 * The reader's address of an annotation: its source, by slug, opened on it. The
 * reader also takes a source's id in place of the slug, so addresses made before
 * slugs were used (`/sources/<id>?annotation=<id>`) keep working.
 */
export function annotationPath(sourceSlug: string, annotationId: string): string {
  return `/sources/${encodeURIComponent(sourceSlug)}?annotation=${encodeURIComponent(annotationId)}`;
}

export interface AnnotationRef {
  sourceId: string;
  annotationId: string;
}

export type ParsedLink = { ok: true; ref: AnnotationRef } | { ok: false; message: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads a pasted annotation link: /sources/<sourceId>?annotation=<id>, relative or
 * absolute on this site (`origin`). Anything else gets a message saying what is wanted.
 */
export function parseAnnotationLink(input: string, origin: string): ParsedLink {
  const text = input.trim();
  if (text === "") return { ok: false, message: "Paste the link of the annotation to link to." };
  let url: URL;
  try {
    url = new URL(text, origin);
  } catch {
    return { ok: false, message: "That is not a link. Use “Copy link” on the other annotation and paste it here." };
  }
  if (url.origin !== new URL(origin).origin) {
    return { ok: false, message: "That link points to another site: paste a link to an annotation in this library." };
  }
  const match = /^\/sources\/([^/]+)\/?$/.exec(url.pathname);
  const annotationId = url.searchParams.get("annotation");
  let sourceId: string | null = null;
  try {
    sourceId = match === null ? null : decodeURIComponent(match[1]!);
  } catch {
    sourceId = null;
  }
  if (sourceId === null || annotationId === null || !ID.test(annotationId) || sourceId === "") {
    return { ok: false, message: "That link does not point to an annotation: it should end in ?annotation=…" };
  }
  return { ok: true, ref: { sourceId, annotationId } };
}

/** What to tell the user when saving a link failed; `serverMessage` is the API's own words. */
export function linkErrorMessage(status: number, serverMessage: string): string {
  switch (status) {
    case 0:
      return serverMessage;
    case 401:
      return "Your session has ended: sign in again to link annotations.";
    case 403:
      return "You are not allowed to link from this annotation.";
    case 404:
      return "The other annotation was not found, or you cannot read it (it may be private or deleted).";
    case 409:
      return /already linked/i.test(serverMessage) ? serverMessage : "These annotations are already linked this way.";
    default:
      return serverMessage;
  }
}
