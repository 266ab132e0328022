// The one internal model every export format reads (docs/design-notes.md "Formats are
// adapters"). Rows arrive in batches from read-rows.ts, already filtered by the
// caller's rights: a format never sees an annotation, or the other end of a link,
// that the caller may not read. Plain data (strings, numbers, arrays), so a format
// module needs no database and no Prisma types.
import type { BodyDoc } from "@/lib/annotations/body";
import type { AnchorStatus, Layer, LinkKind, VisibilityDto } from "@/lib/annotations/dto";
import type { SourceSummary } from "@/lib/sources/types";

/** Source metadata as stored (lib/sources); `published` is a partial date ("1937", "1997-09"). */
export interface ExportSource extends Omit<SourceSummary, "length" | "versionNumber"> {
  /** The source's group; null for the public corpus. */
  groupId: string | null;
  /** Where the source is read in this app, absolute. */
  readerUrl: string;
}

export interface ExportLink {
  id: string;
  kind: LinkKind;
  /** "from": this annotation links to the other; "to": the other links here. */
  direction: "from" | "to";
  note: string | null;
  other: { id: string; exact: string; layer: Layer; sourceId: string; sourceSlug: string; sourceTitle: string; passageUrl: string };
}

/** An archival reference as the corpus prints them (archive, fond, opis, delo, list). */
export interface ExportCitation {
  archive: string | null;
  fond: string | null;
  opis: string | null;
  delo: string | null;
  list: string | null;
  publishedIn: string | null;
  documentDate: string | null;
  url: string | null;
}

export interface ExportRow {
  id: string;
  source: ExportSource;
  /** The source version the selectors refer to. */
  versionId: string;
  /** W3C TextPositionSelector (UTF-16 offsets into that version's text). */
  start: number;
  end: number;
  /** W3C TextQuoteSelector. */
  exact: string;
  prefix: string;
  suffix: string;
  anchorStatus: AnchorStatus;
  layer: Layer;
  /** The layer as people read it ("Later archival finding"). */
  layerLabel: string;
  visibility: VisibilityDto;
  groupId: string | null;
  /** The note as validated tiptap JSON, and its derived plain text. */
  body: BodyDoc;
  bodyText: string;
  tags: string[];
  author: { id: string; name: string };
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
  links: ExportLink[];
  citations: ExportCitation[];
  /** The reader opened on this passage, absolute. */
  passageUrl: string;
}
