// The compare view's calls: link in place (POST /api/compare/links). Results as values,
// as components/annotations/api.ts answers them.
import type { BodyDoc } from "@/lib/annotations/body";
import type { Layer, LinkKind, VisibilityDto } from "@/lib/annotations/dto";
import type { LinkPassagesDto } from "@/lib/annotations/links/link-passages";
import { call } from "@/components/annotations/api";

export interface NewPassage {
  sourceId: string;
  versionId: string;
  start: number;
  end: number;
  exact: string;
  layer: Layer;
  visibility: VisibilityDto;
  groupId: string | null;
  body: BodyDoc;
  tags: string[];
}

export type LinkEndBody = { annotationId: string } | NewPassage;

export const EMPTY_NOTE: BodyDoc = { type: "doc", content: [{ type: "paragraph" }] };

export const linkPassages = (input: { from: LinkEndBody; to: LinkEndBody; kind: LinkKind; note: string | null }) =>
  call<LinkPassagesDto>("POST", "/api/compare/links", input);
