import { type Access, visibilityActor } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { visibleAnnotationsWhere } from "@/lib/policy";
import type { CompareLinkDto } from "../schemas";

/**
 * The live links between annotations of two sources that the caller may see at both
 * ends (lib/policy's filter on each end), oldest first.
 */
export async function linksBetween(db: Db, actor: Access | null, leftSourceId: string, rightSourceId: string): Promise<CompareLinkDto[]> {
  const visible = visibleAnnotationsWhere(visibilityActor(actor));
  const end = (sourceId: string) => ({ ...visible, sourceId, anchorStatus: { not: "orphaned" as const } });
  const rows = await db.annotationLink.findMany({
    where: {
      deletedAt: null,
      OR: [
        { from: end(leftSourceId), to: end(rightSourceId) },
        { from: end(rightSourceId), to: end(leftSourceId) },
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, fromId: true, toId: true, note: true, from: { select: { sourceId: true } } },
  });
  return rows.map(({ from, ...link }) => {
    const fromLeft = from.sourceId === leftSourceId;
    return { ...link, leftId: fromLeft ? link.fromId : link.toId, rightId: fromLeft ? link.toId : link.fromId };
  });
}
