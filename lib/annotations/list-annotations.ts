import type { Db } from "@/lib/db/client";
import { visibleAnnotationsWhere } from "@/lib/policy";
import { type AnnotationRow, withExtras } from "./annotation-row";
import { actorFrom, type Caller, rolesIn, visibilityActor } from "./caller";
import type { AnnotationListDto } from "./dto";
import { parseInput } from "./parse-input";
import { ListAnnotationsQuery } from "./schemas";
import { readableSource } from "./source-access";
import { annotationDto } from "./to-dto";

export interface ListAnnotationsOptions {
  db: Db;
  caller: Caller | null;
  sourceId: string;
  /** Untrusted filters (the route's query string), parsed with ListAnnotationsQuery. */
  filters?: unknown;
}

/**
 * The annotations of a source the caller may see, in document order, then the
 * orphans (which have no place in the current text) oldest first.
 */
export async function listAnnotations({ db, caller, sourceId, filters = {} }: ListAnnotationsOptions): Promise<AnnotationListDto> {
  const query = parseInput(ListAnnotationsQuery, filters);
  await readableSource(db, caller, sourceId);
  const visible = visibleAnnotationsWhere(await visibilityActor(db, caller));
  const found = await db.annotation.findMany({
    where: {
      AND: [
        visible,
        { sourceId },
        query.layer === undefined ? {} : { layer: query.layer },
        query.author === undefined ? {} : { authorId: query.author },
        query.tag === undefined ? {} : { tags: { has: query.tag } },
        query.visibility === undefined ? {} : { visibility: query.visibility },
      ],
    },
    orderBy: [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  const rows = await withExtras(db, found, visible, { sourceId });
  const placed: AnnotationRow[] = [];
  const orphans: AnnotationRow[] = [];
  for (const row of rows) (row.anchorStatus === "orphaned" ? orphans : placed).push(row);
  orphans.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));

  const roles = await rolesIn(db, caller, rows.map((r) => r.groupId));
  return {
    annotations: [...placed, ...orphans].map((row) => annotationDto(row, actorFrom(caller, roles, row.groupId))),
    orphanCount: orphans.length,
  };
}
