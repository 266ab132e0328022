import { z } from "zod";
import { AppError } from "@/lib/http";
import type { ForeignAnnotation } from "@/lib/interchange/foreign";
import { planImport } from "@/lib/interchange/import/plan-import";
import { annotationFromW3c } from "@/lib/interchange/w3c/from-w3c";
import type { TextAnchor } from "@/lib/anchoring";

/** A POSTed or PUT annotation as a ForeignAnnotation; a wrong shape is 400 with every problem listed. */
export function readPostedAnnotation(body: unknown): { foreign: ForeignAnnotation; targetSource: string | null } {
  const node = z.record(z.string(), z.unknown()).safeParse(body);
  if (!node.success) throw new AppError("invalid_input", "Send one W3C Web Annotation (a JSON object).");
  const parsed = annotationFromW3c(node.data);
  if (!parsed.ok) throw new AppError("invalid_input", parsed.errors[0] ?? "Not a W3C Web Annotation.", { annotation: parsed.errors });
  const target = [node.data.target].flat().find((t): t is { source: string } => typeof t === "object" && t !== null && typeof (t as { source?: unknown }).source === "string");
  return { foreign: parsed.value, targetSource: target?.source ?? null };
}

/** Where the posted selectors point in the current text; a quote that is not there (or only doubtfully) is 400. */
export function placePosted(foreign: ForeignAnnotation, text: string): TextAnchor {
  const [placement] = planImport([foreign], text);
  if (placement === undefined || placement.anchor === undefined || placement.status === "doubtful") {
    throw new AppError("quote_mismatch", "The TextQuoteSelector's quote is not in the current version of this source.");
  }
  return placement.anchor;
}
