import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { changeEvent } from "@/lib/live/change-event";
import { announceCommitted, notifyInTransaction } from "@/lib/live/publish";
import type { LinkDto } from "../dto";
import { notFound } from "../errors";
import { linkAllowing } from "./checked-link";

/**
 * The switch behind removing a link and its undo: lib/policy judges the link first
 * ("link:delete" or "link:restore"), and the write is scoped to the state that was
 * judged, so two callers racing change it once.
 */
export async function setLinkDeleted(db: Db, actor: Access | null, input: unknown, deleted: boolean): Promise<LinkDto> {
  const link = await linkAllowing(db, actor, input, deleted ? "link:delete" : "link:restore");
  // Restoring twice is harmless; removing twice is "not found" (it is gone).
  if (!deleted && !link.deleted) return link.dto;
  if (deleted && link.deleted) throw notFound("Link");
  const changed = await db.$transaction(async (tx) => {
    const written = await tx.annotationLink.updateMany({
      where: { id: link.id, deletedAt: deleted ? null : { not: null } },
      data: deleted ? { deletedAt: new Date(), deletedById: actor?.userId ?? null } : { deletedAt: null, deletedById: null },
    });
    if (written.count === 0) return false;
    // Both ends show the link, so both sources' readers are told.
    for (const end of [link.here, link.there]) await notifyInTransaction(tx, changeEvent({ sourceId: end.sourceId, kind: "annotation", id: end.id, change: "updated" }));
    return true;
  });
  if (!changed && deleted) throw notFound("Link");
  if (changed) announceCommitted();
  return link.dto;
}
