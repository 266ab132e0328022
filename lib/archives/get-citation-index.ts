import { type Access, groupIdsOf, visibilityActor } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { readableSourcesWhere, visibleAnnotationsWhere } from "@/lib/policy";
import { snippet } from "@/lib/annotations/summary";
import { maySeeSource } from "@/lib/sources/queries";
import { backfillCitations, citationKindOf } from "@/lib/sources/version-citations";
import { buildCitationIndex, type CitedReference, type IndexNode } from "./index-tree";

export interface CitationIndex {
  nodes: IndexNode[];
  /** Citing passages in all, from texts and from annotations. */
  total: number;
}

export interface GetCitationIndexOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
}

async function textReferences(db: Db, actor: Access | null): Promise<CitedReference[]> {
  const rows = await db.sourceCitation.findMany({
    where: { version: { currentOf: { is: readableSourcesWhere(groupIdsOf(actor)) } } },
    orderBy: [{ versionId: "asc" }, { start: "asc" }],
    select: {
      id: true, kind: true, start: true, end: true, context: true, archive: true, fond: true, opis: true, delo: true,
      volume: true, list: true, title: true, pages: true,
      version: { select: { currentOf: { select: { slug: true, title: true, groupId: true } } } },
    },
  });
  return rows.flatMap((row) => {
    const source = row.version.currentOf;
    const kind = citationKindOf(row.kind);
    if (source === null || kind === undefined || !maySeeSource(actor, source.groupId)) return [];
    return [{
      kind,
      archive: row.archive, fond: row.fond, opis: row.opis, delo: row.delo, title: row.title, volume: row.volume,
      passage: {
        id: `t:${row.id}`,
        origin: "text" as const,
        sourceTitle: source.title,
        href: `/sources/${encodeURIComponent(source.slug)}?range=${row.start}-${row.end}`,
        quote: row.context,
        list: row.list ?? row.pages,
      },
    }];
  });
}

async function annotationReferences(db: Db, actor: Access | null): Promise<CitedReference[]> {
  const rows = await db.archivalCitation.findMany({
    where: { annotation: { AND: [visibleAnnotationsWhere(visibilityActor(actor)), { source: readableSourcesWhere(groupIdsOf(actor)) }] } },
    orderBy: { id: "asc" },
    select: {
      id: true, archive: true, fond: true, opis: true, delo: true, list: true, publishedIn: true,
      annotation: { select: { id: true, exact: true, source: { select: { slug: true, title: true, groupId: true } } } },
    },
  });
  return rows.flatMap((row) => {
    const { annotation } = row;
    if (!maySeeSource(actor, annotation.source.groupId)) return [];
    const archival = row.archive !== null || row.fond !== null || row.publishedIn === null;
    return [{
      kind: archival ? ("archival" as const) : ("published" as const),
      archive: row.archive, fond: row.fond, opis: row.opis, delo: row.delo,
      title: archival ? null : row.publishedIn, volume: null,
      passage: {
        id: `a:${row.id}`,
        origin: "annotation" as const,
        sourceTitle: annotation.source.title,
        href: `/sources/${encodeURIComponent(annotation.source.slug)}?annotation=${encodeURIComponent(annotation.id)}`,
        quote: snippet(annotation.exact, 280),
        list: row.list,
      },
    }];
  });
}

/**
 * "Which texts cite this file?": every citation in the current texts of the sources
 * the caller may read, and on the annotations they may read, as one tree.
 */
export async function getCitationIndex({ db, actor }: GetCitationIndexOptions): Promise<CitationIndex> {
  await backfillCitations({ db });
  const [texts, notes] = await Promise.all([textReferences(db, actor), annotationReferences(db, actor)]);
  const refs = [...texts, ...notes];
  return { nodes: buildCitationIndex(refs), total: refs.length };
}
