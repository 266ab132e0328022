import type { SourceSummary } from "@/lib/sources/types";
import type { TextLayout } from "@/lib/reader/text-layout";
import type { AnnotateOptions } from "@/lib/reader/annotate-options";
import type { PaneSide } from "@/lib/compare/connector-layout";

/** One side of the compare view, as the server page prepares it (plain data). */
export interface CompareSideData {
  side: PaneSide;
  summary: SourceSummary;
  versionId: string;
  text: string;
  words: number;
  layout: TextLayout;
  lang?: string;
  options: AnnotateOptions;
}

export const PREFIX: Record<PaneSide, string> = { left: "L-", right: "R-" };
