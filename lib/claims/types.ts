// The claims board's model: the annotations and links the reader may see around
// the apologist claims, and the rows derived from them (lib/claims/board.ts).
import type { ArchivalCitationDto, Layer, LinkKind, PersonDto } from "@/lib/annotations/dto";
import type { ArgumentLabel, ClaimStatus } from "./status";

export interface BoardAnnotation {
  id: string;
  layer: Layer;
  /** The quote and the note, cut for a list. */
  exact: string;
  note: string;
  tags: string[];
  createdAt: string;
  author: PersonDto;
  source: { id: string; slug: string; title: string; published: string | null };
  citation: ArchivalCitationDto | null;
}

export interface BoardLink {
  id: string;
  fromId: string;
  toId: string;
  kind: LinkKind;
  note: string | null;
}

/** What lib/claims/load-claim-graph.ts reads: claims and what answers them, transitively. */
export interface ClaimGraph {
  annotations: BoardAnnotation[];
  links: BoardLink[];
}

/** One answer in a claim's chain, with what answers it in turn. */
export interface ChainEntry {
  link: Pick<BoardLink, "id" | "kind" | "note">;
  annotation: BoardAnnotation;
  /** Whether this answer stands (grounded labelling, lib/claims/status.ts). */
  label: ArgumentLabel;
  /** Already shown higher up this chain (a cycle): its own answers are not repeated. */
  repeated: boolean;
  answers: ChainEntry[];
}

export type TimelineKind = "claimed" | "rebutted" | "archive";

export interface TimelineEvent {
  kind: TimelineKind;
  /** The date as given, and as a decimal year for the axis (null when it could not be read). */
  date: string | null;
  at: number | null;
  annotationId: string;
  sourceTitle: string;
  /** The answer still stands (its attack counts); always true for "claimed". */
  stands: boolean;
}

export interface ClaimTimeline {
  events: TimelineEvent[];
  /** From the claim's date to the first date of the defeat that counts; null when not defeated or undated. */
  yearsUntilRefuted: number | null;
}

export interface ClaimRow {
  claim: BoardAnnotation;
  status: ClaimStatus;
  chain: ChainEntry[];
  timeline: ClaimTimeline;
  /** The strongest answer in another source, and its link to the claim, for the compare view; null when there is none. */
  answer: { annotationId: string; sourceSlug: string; sourceTitle: string; linkId: string } | null;
}
