import { type Access, actorIn, visibilityActor } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { assertCan, sourceResource, visibleAnnotationsWhere } from "@/lib/policy";
import { LAYERS } from "./dto";
import { notFound } from "./errors";
import { visibleAnnotationsSql } from "./visible-sql";

/**
 * Where the reader paints highlights before its code has loaded (components/reader/
 * highlight-seed.tsx): the placed annotations the caller may read on the source (by
 * id or slug, as the reader's address names it), as flat triples start, end, layer
 * index (in LAYERS), in document order. Only numbers: the list itself still comes from
 * listAnnotations once the page has loaded. One row of three arrays, so that thousands
 * of annotations cost no per-row mapping, and the page can start it beside its own reads.
 */
export async function highlightSeed({ db, actor, idOrSlug }: { db: Db; actor: Access | null; idOrSlug: string }): Promise<number[]> {
  // The source check runs beside the read, as in listAnnotations: nothing is returned unless it passes.
  const [source, [row]] = await Promise.all([
    db.source.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, select: { groupId: true } }),
    db.$queryRaw<{ starts: number[] | null; ends: number[] | null; layers: string[] | null }[]>`
      SELECT array_agg(a.start ORDER BY a.start, a."end", a.id) AS starts,
             array_agg(a."end" ORDER BY a.start, a."end", a.id) AS ends,
             array_agg(a.layer::text ORDER BY a.start, a."end", a.id) AS layers
      FROM "Annotation" AS a
      WHERE a."sourceId" = (SELECT s.id FROM "Source" AS s WHERE s.id = ${idOrSlug} OR s.slug = ${idOrSlug} ORDER BY s.id = ${idOrSlug} DESC LIMIT 1)
        AND a."anchorStatus" <> 'orphaned' AND ${visibleAnnotationsSql(visibleAnnotationsWhere(visibilityActor(actor)))}`,
  ]);
  if (source === null) throw notFound("Source");
  assertCan(actorIn(actor, source.groupId), "source:read", sourceResource(source.groupId));
  const starts = row?.starts ?? [];
  const ends = row?.ends ?? [];
  const layers = row?.layers ?? [];
  return starts.flatMap((start, i) => [start, ends[i] ?? start, LAYERS.indexOf(layers[i] as (typeof LAYERS)[number])]);
}
