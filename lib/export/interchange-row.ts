// Export rows as the interchange model (lib/interchange), for the formats that other
// annotation tools read: W3C JSON-LD, TEI and the archive.
import type { InterchangeAnnotation, InterchangeLink } from "@/lib/interchange/model";
import type { ExportRow } from "./row";

export function interchangeAnnotationOf(row: ExportRow): InterchangeAnnotation {
  return {
    id: row.id,
    source: { slug: row.source.slug, title: row.source.title, versionId: row.versionId },
    layer: row.layer,
    visibility: row.visibility,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    body: row.body,
    bodyText: row.bodyText,
    tags: row.tags,
    creator: { name: row.author.name },
    created: row.createdAt,
    modified: row.updatedAt,
    citation: row.citations[0] ?? null,
  };
}

/**
 * The row's links, each written once across the file: from its "from" end, or from
 * its "to" end when that is where it is first met (the other end may be outside the
 * export). `seen` holds link ids only.
 */
export function interchangeLinksOf(row: ExportRow, seen: Set<string>): InterchangeLink[] {
  const links: InterchangeLink[] = [];
  for (const link of row.links) {
    if (seen.has(link.id)) continue;
    seen.add(link.id);
    const here = { id: row.id, sourceSlug: row.source.slug };
    const there = { id: link.other.id, sourceSlug: link.other.sourceSlug };
    links.push({ id: link.id, kind: link.kind, note: link.note, from: link.direction === "from" ? here : there, to: link.direction === "from" ? there : here });
  }
  return links;
}
