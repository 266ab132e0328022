// A link as plain text, for the formats that are not rich text.
import { linkWords } from "@/lib/reader/wording";
import type { ExportLink } from "./row";

/** "Rebutted by “…quote…” (Source title) <url>". */
export function linkText(link: ExportLink): string {
  const note = link.note === null ? "" : ` — ${link.note}`;
  return `${linkWords(link.kind, link.direction)} “${link.other.exact}” (${link.other.sourceTitle}) ${link.other.passageUrl}${note}`;
}
