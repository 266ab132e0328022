import { z } from "zod";
import type { LinkKind } from "@/lib/annotations/dto";
import type { SharedPassage } from "./types";

// GET /api/compare?left=<slug or id>&right=<slug or id> -> CompareDto

const SourceRef = z.string().trim().min(1, "name a source by its slug or id").max(200, "a source reference is at most 200 characters");

export const CompareQuery = z.object({ left: SourceRef, right: SourceRef });
export type CompareQuery = z.output<typeof CompareQuery>;

export interface CompareSideDto {
  id: string;
  slug: string;
  versionId: string;
  title: string;
}

/** A link between an annotation in the left source and one in the right, either way round. */
export interface CompareLinkDto {
  id: string;
  kind: LinkKind;
  fromId: string;
  toId: string;
  /** The end in the left source, and the end in the right one. */
  leftId: string;
  rightId: string;
  note: string | null;
}

export interface CompareDto {
  left: CompareSideDto;
  right: CompareSideDto;
  /** Offsets in each side's current version's canonical text. */
  shared: SharedPassage[];
  links: CompareLinkDto[];
}
