// What the annotation API sends and receives (JSON). The service maps database rows
// to these shapes; the reader's client components consume them. Routes:
//   GET    /api/sources/:sourceId/annotations          ?limit&cursor -> AnnotationListDto (a page of summaries as rows; `next` continues)
//   POST   /api/sources/:sourceId/annotations          CreateAnnotationInput -> 201 AnnotationDto
//   GET    /api/annotations/:id                        -> AnnotationDto
//   PATCH  /api/annotations/:id                        UpdateAnnotationInput -> AnnotationDto | 409 ConflictDto
//   DELETE /api/annotations/:id                        -> AnnotationDto (deleted: true; undo with restore)
//   POST   /api/annotations/:id/restore                -> AnnotationDto
//   GET    /api/annotations/:id/replies?limit&after    -> ReplyPageDto (oldest first)
//   POST   /api/annotations/:id/replies                CreateReplyInput -> 201 ReplyDto
//   GET    /api/annotations/:id/revisions?limit&before -> RevisionPageDto (newest first)
//   POST   /api/annotations/:id/links                  CreateLinkInput -> 201 LinkDto (429 with Retry-After when too many)
//   DELETE /api/annotations/:id/links/:linkId          -> LinkDto (removed; undo with restore)
//   POST   /api/annotations/:id/links/:linkId/restore  -> LinkDto
//   GET    /api/sources/:sourceId/events               text/event-stream of LiveEventDto
// Errors: { error: { code: string; message: string } } with 400/401/403/404/409.
import type { BodyDoc } from "./body";

export const LAYERS = ["primary_document", "apologist_claim", "rebuttal", "archival_finding"] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_LABELS: Record<Layer, string> = {
  primary_document: "Primary document",
  apologist_claim: "Apologist claim",
  rebuttal: "Rebuttal",
  archival_finding: "Later archival finding",
};

export const LINK_KINDS = ["rebuts", "supports", "confirms", "refutes", "contextualizes", "cites", "quotes"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export type AnchorStatus = "exact" | "quote" | "fuzzy" | "orphaned";
export type VisibilityDto = "private" | "group" | "public";

export interface PersonDto {
  id: string;
  name: string;
}

export interface LinkDto {
  id: string;
  kind: LinkKind;
  /** "from": this annotation links to the other; "to": the other links here. */
  direction: "from" | "to";
  otherId: string;
  otherSourceId: string;
  /** The far end's address is built with it: /sources/<slug>?annotation=<id>. */
  otherSourceSlug: string;
  otherSourceTitle: string;
  otherExact: string;
  note: string | null;
  /** A hint from lib/policy for the remove button; the server decides again. */
  canRemove: boolean;
}

export interface AnnotationDto {
  id: string;
  sourceId: string;
  /** Its address is built with it: /sources/<slug>?annotation=<id> (lib/reader/annotation-link.ts). */
  sourceSlug: string;
  versionId: string;
  groupId: string | null;
  groupName: string | null;
  author: PersonDto;
  visibility: VisibilityDto;
  layer: Layer;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorStatus: AnchorStatus;
  body: BodyDoc;
  bodyText: string;
  tags: string[];
  version: number;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
  replyCount: number;
  links: LinkDto[];
  /** Where an archival finding comes from, as the corpus cites archives; null when none was given. */
  citation: ArchivalCitationDto | null;
  /** What the caller may do, decided by lib/policy; the UI hides what is false. */
  can: {
    edit: boolean;
    delete: boolean;
    reply: boolean;
    link: boolean;
    /** Who the caller may make this note visible to; only the current one when they may not change it. */
    visibilities: VisibilityDto[];
  };
}

export interface ArchivalCitationDto {
  archive: string | null;
  fond: string | null;
  opis: string | null;
  delo: string | null;
  list: string | null;
  publishedIn: string | null;
  documentDate: string | null;
  url: string | null;
}

/**
 * One entry of a source's list: what the highlights and the panel's entries show.
 * The note, links, citation and `can` come with the full AnnotationDto, fetched
 * when an annotation is opened; a list of 2,000 full ones was ~900 bytes each.
 */
export type AnnotationSummaryDto = Pick<
  AnnotationDto,
  "id" | "author" | "visibility" | "layer" | "start" | "end" | "anchorStatus" | "tags" | "version" | "replyCount"
> & {
  /** The quote, cut to QUOTE_MAX characters (lib/annotations/summary.ts). */
  exact: string;
  /** The note's text, cut to NOTE_MAX characters; "" when there is no note. */
  note: string;
  /**
   * When it was made, in milliseconds since 1970: only a sort key (annotations that
   * start and end together, and the orphans), so a number, not AnnotationDto's text.
   */
  createdAtMs: number;
};

/**
 * One entry of the list as sent: a row of values in this order, because as objects
 * the keys repeated in 2,000 entries were half the body. `author` indexes
 * AnnotationListDto.authors. `exact` comes only with an orphan: a placed
 * annotation quotes the current text at start–end (re-anchoring keeps it so),
 * which the reader holds, and the quotes were a fifth of the body.
 */
export type AnnotationListRowDto = [
  id: string,
  author: number,
  visibility: VisibilityDto,
  layer: Layer,
  start: number,
  end: number,
  anchorStatus: AnchorStatus,
  note: string,
  tags: string[],
  version: number,
  createdAtMs: number,
  replyCount: number,
  exact?: string,
];

/**
 * What the list endpoint sends, in document order then the orphans, with positions
 * in the source's current version. The reader makes AnnotationSummaryDtos of it
 * with summariesOf (summary.ts) and that version's text.
 */
export interface AnnotationListDto {
  /** Each author of the rows once: a source's annotations have few authors. */
  authors: PersonDto[];
  annotations: AnnotationListRowDto[];
  /** Annotations of this page that could not be placed on the current version (also in the list, anchorStatus "orphaned"). */
  orphanCount: number;
  /** Pass as `cursor` for the next page; null on the last one. */
  next: string | null;
}

export interface ReplyDto {
  id: string;
  annotationId: string;
  author: PersonDto;
  body: BodyDoc;
  bodyText: string;
  createdAt: string;
}

export interface RevisionDto {
  version: number;
  /** "placed": the editor placed the annotation again by hand on a new version of the text. */
  kind: "edit" | "placed";
  editor: PersonDto;
  layer: Layer;
  visibility: VisibilityDto;
  body: BodyDoc;
  bodyText: string;
  tags: string[];
  /** The archival citation in force after this revision. */
  citation: ArchivalCitationDto | null;
  createdAt: string;
}

/** Only the revisions written for an audience that includes the reader (lib/policy/entry-rules.ts). */
export interface RevisionPageDto {
  revisions: RevisionDto[];
  /** Pass as `before` for the older ones; null when there are none. */
  next: number | null;
}

/** Only the replies written for an audience that includes the reader (lib/policy/entry-rules.ts). */
export interface ReplyPageDto {
  replies: ReplyDto[];
  /** Pass as `after` for the newer ones; null when there are none. */
  next: string | null;
}

export interface ConflictDto {
  error: { code: "stale"; message: string };
  current: AnnotationDto;
}

/**
 * One `data:` line of the events stream (unnamed SSE messages; `id:` is the event id).
 * "hidden": the annotation was made invisible to this reader (e.g. turned private);
 * drop it, the content is not sent.
 */
export type LiveEventDto =
  | { type: "annotation"; change: "created" | "updated" | "deleted" | "restored"; annotation: AnnotationDto }
  | { type: "annotation"; change: "hidden"; id: string }
  | { type: "reply"; change: "created"; reply: ReplyDto };

/** A search hit offered as a link target: enough to recognise it, from any source the caller reads. */
export interface LinkCandidateDto {
  id: string;
  sourceId: string;
  sourceSlug: string;
  sourceTitle: string;
  /** When it was made (ISO), so two notes on one passage can be told apart. */
  createdAt: string;
  layer: Layer;
  author: PersonDto;
  /** The quote and the note, cut for a list. */
  exact: string;
  note: string;
}

export interface LinkCandidatesDto {
  results: LinkCandidateDto[];
  /** More matched than were sent: the user should narrow the search. */
  more: boolean;
}
