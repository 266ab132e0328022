import { addRevision } from "./add-revision";
import type { Db } from "@/lib/db/client";
import { changeEvent } from "@/lib/live/change-event";
import { announceCommitted, notifyInTransaction } from "@/lib/live/publish";
import type { Access } from "@/lib/access";
import { annotationAllowing } from "./annotation-access";
import type { AnnotationDto } from "./dto";
import { StaleAnnotationError } from "./errors";
import { getAnnotation } from "./get-annotation";
import { parseInput } from "./parse-input";
import { UpdateAnnotationInput } from "./schemas";
import { visibilityChangeRefusal } from "./visibility-change";

export interface UpdateAnnotationOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  id: string;
  /** Untrusted JSON, parsed with UpdateAnnotationInput; `version` is the one the editor saw. */
  input: unknown;
}

/**
 * Edits an annotation that is still at the version the caller edited; otherwise
 * StaleAnnotationError (409) with the current one. Every edit adds a revision.
 */
export async function updateAnnotation({ db, actor: access, id, input }: UpdateAnnotationOptions): Promise<AnnotationDto> {
  const data = parseInput(UpdateAnnotationInput, input);
  const row = await annotationAllowing(db, access, id, "annotation:edit");
  const { actor, resource } = row;
  const visibility = data.visibility ?? row.visibility;
  const refusal = visibilityChangeRefusal(actor, { resource, sourceGroupId: row.source.groupId }, visibility);
  if (refusal !== null) throw refusal;
  const editorId = actor?.userId ?? "";

  const event = await db.$transaction(async (tx) => {
    // The visibility that was authorized is part of the scope: the check and the write cannot drift.
    const written = await tx.annotation.updateMany({
      where: { id, version: data.version, deletedAt: null, visibility: row.visibility },
      data: {
        version: { increment: 1 },
        visibility,
        ...(data.layer === undefined ? {} : { layer: data.layer }),
        ...(data.tags === undefined ? {} : { tags: data.tags }),
        ...(data.body === undefined ? {} : { body: data.body.doc, bodyText: data.body.text }),
      },
    });
    if (written.count === 0) return null;
    if (data.citation !== undefined) {
      // One citation a note (the form's fields): the new one replaces it.
      await tx.archivalCitation.deleteMany({ where: { annotationId: id } });
      if (data.citation !== null) await tx.archivalCitation.create({ data: { ...data.citation, annotationId: id } });
    }
    await addRevision(tx, { id, editorId, kind: "edit" });
    const before = { authorId: row.authorId, groupId: row.groupId, visibility: row.visibility };
    const event = changeEvent({ sourceId: row.sourceId, kind: "annotation", id, change: "updated", before });
    await notifyInTransaction(tx, event);
    return event;
  });
  if (event === null) {
    // Deleted meanwhile, or no longer visible to the caller: getAnnotation answers 404 for those.
    throw new StaleAnnotationError(await getAnnotation({ db, actor: access, id }));
  }
  announceCommitted();
  return getAnnotation({ db, actor: access, id });
}
