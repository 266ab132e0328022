import type { Segment } from "../citation/segments";
import { escapeMarkdown } from "./note-markdown";

/** Citation runs as Markdown: italics as *…*, bold as **…**. */
export function segmentsMarkdown(segments: Segment[]): string {
  return segments
    .map((s) => {
      let text = escapeMarkdown(s.text);
      if (s.italic && text.trim() !== "") text = `*${text}*`;
      if (s.bold && text.trim() !== "") text = `**${text}**`;
      return text;
    })
    .join("");
}
