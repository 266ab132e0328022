import { addRevision } from "./add-revision";
import { checkRange, describeRange } from "@/lib/anchoring";
import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { changeEvent } from "@/lib/live/change-event";
import { announceCommitted, notifyInTransaction } from "@/lib/live/publish";
import { annotationAllowing } from "./annotation-access";
import type { AnnotationDto } from "./dto";
import { AnnotationError, StaleAnnotationError } from "./errors";
import { getAnnotation } from "./get-annotation";
import { lockCurrentVersion } from "./lock-current-version";
import { parseInput } from "./parse-input";
import { PlaceAnnotationInput } from "./schemas";

export interface PlaceAnnotationOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  id: string;
  /** Untrusted JSON, parsed with PlaceAnnotationInput. */
  input: unknown;
}

/**
 * "Place again": an annotation the new text lost (an orphan) is put on the passage
 * the user selected in the current version. Its selectors are derived afresh from
 * the stored text, it counts as placed exactly, and a revision of kind "placed"
 * records who placed it and when; other readers get the change live. Whoever may
 * edit the annotation may place it.
 */
export async function placeAnnotation({ db, actor: access, id, input }: PlaceAnnotationOptions): Promise<AnnotationDto> {
  const data = parseInput(PlaceAnnotationInput, input);
  const row = await annotationAllowing(db, access, id, "annotation:place");
  const placerId = row.actor?.userId ?? "";

  const event = await db.$transaction(async (tx) => {
    const version = await lockCurrentVersion(tx, row.sourceId);
    if (data.versionId !== version.id) {
      throw new AnnotationError("version_changed", "The source has a new version since you selected this passage; reload it and select again.");
    }
    const rangeError = checkRange(version.text, data.start, data.end);
    if (rangeError !== null) throw new AnnotationError("invalid_range", rangeError.message);
    const anchor = describeRange(version.text, data.start, data.end);
    if (anchor.exact !== data.exact) {
      throw new AnnotationError("quote_mismatch", `The quote does not match the text at ${data.start}-${data.end}; reload the source and select again.`);
    }
    // Only an orphan, at the version the user saw: a placed note is moved by editing the text, not by hand.
    const written = await tx.annotation.updateMany({
      where: { id, version: data.version, deletedAt: null, anchorStatus: "orphaned" },
      data: { ...anchor, versionId: version.id, anchorStatus: "exact", version: { increment: 1 } },
    });
    if (written.count === 0) return null;
    await addRevision(tx, { id, editorId: placerId, kind: "placed" });
    const before = { authorId: row.authorId, groupId: row.groupId, visibility: row.visibility };
    const event = changeEvent({ sourceId: row.sourceId, kind: "annotation", id, change: "updated", before });
    await notifyInTransaction(tx, event);
    return event;
  });
  if (event === null) {
    // Changed, placed or deleted meanwhile: the caller gets the current state (404 if gone).
    throw new StaleAnnotationError(await getAnnotation({ db, actor: access, id }));
  }
  announceCommitted();
  return getAnnotation({ db, actor: access, id });
}
