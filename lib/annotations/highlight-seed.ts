import { type Access, visibilityActor } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { visibleAnnotationsWhere } from "@/lib/policy";
import { LAYERS } from "./dto";
import { readableSource } from "./source-access";

/**
 * Where the reader paints highlights before its code has loaded (components/reader/
 * highlight-seed.tsx): the placed annotations the caller may read on the source, as
 * flat triples start, end, layer index (in LAYERS), in document order. Only numbers:
 * the list itself still comes from listAnnotations once the page has loaded.
 */
export async function highlightSeed({ db, actor, sourceId }: { db: Db; actor: Access | null; sourceId: string }): Promise<number[]> {
  // The source check runs beside the read, as in listAnnotations: nothing is returned unless it passes.
  const [, rows] = await Promise.all([
    readableSource(db, actor, sourceId),
    db.annotation.findMany({
      where: { AND: [{ sourceId, anchorStatus: { not: "orphaned" } }, visibleAnnotationsWhere(visibilityActor(actor))] },
      select: { start: true, end: true, layer: true },
      orderBy: [{ start: "asc" }, { end: "asc" }],
    }),
  ]);
  return rows.flatMap((r) => [r.start, r.end, LAYERS.indexOf(r.layer)]);
}
