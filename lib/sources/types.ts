import type { Block, Mark, Section } from "@/lib/corpus/types";

/** What the library lists: plain, serializable data for components. */
export interface SourceSummary {
  id: string;
  slug: string;
  title: string;
  author: string | null;
  site: string | null;
  url: string | null;
  /** As known: "2019-08-25", "1997-09", or null. */
  published: string | null;
  language: string | null;
  kind: string | null;
  perspective: string | null;
  /** Characters in the current version's canonical text. */
  length: number;
  versionNumber: number;
}

/** A library entry: a group's own source names its group (null: public corpus). */
export interface LibrarySource extends SourceSummary {
  groupName: string | null;
  /** Annotations the viewer may read on it. */
  annotations: number;
}

/** A citation of the text as the reader marks it (lib/citations, stored per version); absent fields are null. */
export interface ReaderCitation {
  start: number;
  end: number;
  kind: "archival" | "case" | "published";
  raw: string;
  /** "Ibid.": the fields were carried over from the citation before. */
  ibid: boolean;
  archive: string | null;
  fond: string | null;
  opis: string | null;
  delo: string | null;
  volume: string | null;
  list: string | null;
  /** A published work's title. */
  title: string | null;
  year: string | null;
  pages: string | null;
}

/** What the reader needs to render one source. */
export interface ReaderSource extends SourceSummary {
  /** The owning group (null: public corpus); annotations on it stay in that group. */
  groupId: string | null;
  versionId: string;
  text: string;
  blocks: Block[];
  marks: Mark[];
  sections: Section[];
  citations: ReaderCitation[];
}
