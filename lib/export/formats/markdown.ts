import { SourceCitations } from "../citation/source-citations";
import { FORMAT_LABELS } from "../format-ids";
import { escapeMarkdown } from "../markdown/note-markdown";
import { rowMarkdown } from "../markdown/row-markdown";
import { segmentsMarkdown } from "../markdown/segments-markdown";
import type { ExportFormat } from "../registry";

/** A heading per source, each excerpt under it, and the bibliography at the end. */
export const markdownFormat: ExportFormat = {
  id: "markdown",
  label: FORMAT_LABELS.markdown,
  contentType: "text/markdown; charset=utf-8",
  extension: "md",
  async *write(batches, context) {
    const citations = new SourceCitations();
    const count = context.total === 1 ? "1 annotation" : `${context.total} annotations`;
    yield `# ${escapeMarkdown(context.title)}\n\nExported from Palimpsest on ${context.generatedAt.slice(0, 10)}: ${count}.\n`;
    let sourceId: string | null = null;
    for await (const batch of batches) {
      const out: string[] = [];
      for (const row of batch) {
        if (row.source.id !== sourceId) {
          sourceId = row.source.id;
          out.push(`\n## ${escapeMarkdown(row.source.title)}\n`);
        }
        out.push(`\n${rowMarkdown(row, citations)}\n\n---\n`);
      }
      yield out.join("");
    }
    const bibliography = citations.bibliography();
    if (bibliography.length > 0) yield `\n## Bibliography\n\n${bibliography.map(segmentsMarkdown).join("\n\n")}\n`;
  },
};
