// The one internal model every interchange adapter (W3C JSON-LD, TEI, Hypothesis, the
// protocol) reads or writes: plain data, no database rows, no DTO extras such as `can`.
import type { BodyDoc } from "@/lib/annotations/body";
import type { ArchivalCitationDto, Layer, LinkKind, VisibilityDto } from "@/lib/annotations/dto";

export interface InterchangeSource {
  slug: string;
  title: string;
  /** The version the selectors refer to. */
  versionId: string;
}

export interface InterchangeAnnotation {
  id: string;
  source: InterchangeSource;
  layer: Layer;
  visibility: VisibilityDto;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  body: BodyDoc;
  bodyText: string;
  tags: string[];
  creator: { name: string };
  /** ISO 8601 with time zone. */
  created: string;
  modified: string;
  citation: ArchivalCitationDto | null;
}

export interface InterchangeLink {
  id: string;
  kind: LinkKind;
  note: string | null;
  /** Both ends, as they are exported: the link reads "from kind to". */
  from: { id: string; sourceSlug: string };
  to: { id: string; sourceSlug: string };
  /** Unknown when the link came through an export row, which does not carry them. */
  creator?: { name: string };
  created?: string;
}
