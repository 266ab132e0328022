import { linkWords } from "@/lib/reader/wording";
import type { SourceCitations } from "../citation/source-citations";
import type { ExportRow } from "../row";
import { archivalCitationText } from "@/lib/reader/wording";
import { escapeLineStart, escapeMarkdown, noteMarkdown } from "./note-markdown";
import { segmentsMarkdown } from "./segments-markdown";

const quoteBlock = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => (line.trim() === "" ? ">" : `> ${escapeLineStart(escapeMarkdown(line))}`))
    .join("\n");

/** One excerpt: layer, the quote as a block quote, note, tags, links, archival citations, the source's citation and passage link. */
export function rowMarkdown(row: ExportRow, citations: SourceCitations): string {
  const parts = [`**${escapeMarkdown(row.layerLabel)}** · ${escapeMarkdown(row.author.name)} · ${row.createdAt.slice(0, 10)}`, quoteBlock(row.exact)];
  const note = noteMarkdown(row.body);
  if (note.trim() !== "") parts.push(note);
  if (row.tags.length > 0) parts.push(`Tags: ${row.tags.map(escapeMarkdown).join(", ")}`);
  if (row.links.length > 0) {
    parts.push(
      row.links
        .map((l) => {
          const note = l.note === null ? "" : ` — ${escapeMarkdown(l.note)}`;
          return `- ${linkWords(l.kind, l.direction)} “${escapeMarkdown(l.other.exact)}” (*${escapeMarkdown(l.other.sourceTitle)}*, <${l.other.passageUrl}>)${note}`;
        })
        .join("\n"),
    );
  }
  if (row.citations.length > 0) parts.push(row.citations.map((c) => `- Archival source: ${escapeMarkdown(archivalCitationText(c))}`).join("\n"));
  parts.push(`Source: ${segmentsMarkdown(citations.note(row.source))} [Passage](<${row.passageUrl}>)`);
  return parts.join("\n\n");
}
