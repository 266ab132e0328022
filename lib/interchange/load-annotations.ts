// Annotations as the interchange model, read with the caller's visibility filter
// already in `where` (lib/policy's visibleAnnotationsWhere): never a row it may not see.
import { bodyDoc } from "@/lib/annotations/to-dto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { InterchangeAnnotation } from "./model";

const SELECT = {
  id: true,
  layer: true,
  visibility: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  body: true,
  bodyText: true,
  tags: true,
  version: true,
  groupId: true,
  authorId: true,
  sourceId: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { name: true } },
  source: { select: { slug: true, title: true } },
  versionId: true,
  citations: { take: 1, orderBy: { id: "asc" }, select: { archive: true, fond: true, opis: true, delo: true, list: true, publishedIn: true, documentDate: true, url: true } },
} as const satisfies Prisma.AnnotationSelect;

type Row = Prisma.AnnotationGetPayload<{ select: typeof SELECT }>;

/** The model plus what the protocol needs besides: its version (ETag) and group (token scope). */
export interface LoadedAnnotation {
  annotation: InterchangeAnnotation;
  version: number;
  groupId: string | null;
  authorId: string;
  sourceId: string;
}

export function interchangeOf(row: Row): LoadedAnnotation {
  return {
    version: row.version,
    groupId: row.groupId,
    authorId: row.authorId,
    sourceId: row.sourceId,
    annotation: {
      id: row.id,
      source: { slug: row.source.slug, title: row.source.title, versionId: row.versionId },
      layer: row.layer,
      visibility: row.visibility,
      start: row.start,
      end: row.end,
      exact: row.exact,
      prefix: row.prefix,
      suffix: row.suffix,
      body: bodyDoc(row.body),
      bodyText: row.bodyText,
      tags: row.tags,
      creator: { name: row.author.name ?? "Unnamed reader" },
      created: row.createdAt.toISOString(),
      modified: row.updatedAt.toISOString(),
      citation: row.citations[0] ?? null,
    },
  };
}

/** In text order (then id), a page at a time; orphans keep their last known place. */
export async function loadAnnotations(db: Db, where: Prisma.AnnotationWhereInput, page: { skip: number; take: number }): Promise<LoadedAnnotation[]> {
  const rows = await db.annotation.findMany({ where, select: SELECT, orderBy: [{ sourceId: "asc" }, { start: "asc" }, { id: "asc" }], ...page });
  return rows.map(interchangeOf);
}
