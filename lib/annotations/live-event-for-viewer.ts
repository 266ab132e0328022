// The live hub's projector for the reader: each change is judged per reader, at
// delivery, by lib/policy, so a private note or another group's annotation never
// reaches a stream that may not read it.
import type { Db } from "@/lib/db/client";
import type { LoggedChange } from "@/lib/live/change-event";
import { type Access, actorIn, resolveAccess } from "@/lib/access";
import { type Actor, can, PolicyError } from "@/lib/policy";
import type { LiveEventDto } from "./dto";
import { judgeAnnotation } from "./annotation-access";
import { annotationResource } from "./annotation-row";
import { AnnotationError } from "./errors";
import { getAnnotation } from "./get-annotation";
import { replyDto } from "./to-dto";

/** The signed-in reader of a stream, as lib/auth's session gives it; null when signed out. */
export type LiveViewer = { id: string } | null;

/**
 * What this reader is sent for the change, or null when nothing may be sent. Their
 * access is resolved again for each change: a stream outlives a membership.
 */
export async function liveEventForViewer({ db, viewer, event }: { db: Db; viewer: LiveViewer; event: LoggedChange }): Promise<LiveEventDto | null> {
  const access = await resolveAccess(db, viewer);
  return event.kind === "reply" ? replyEvent(db, access, event.id) : annotationEvent(db, access, event);
}

async function annotationEvent(db: Db, access: Access | null, event: LoggedChange): Promise<LiveEventDto | null> {
  const includeDeleted = event.change === "deleted";
  const annotation = await readable(() => getAnnotation({ db, actor: access, id: event.id, includeDeleted }));
  if (annotation !== null) return { type: "annotation", change: event.change, annotation };
  // Made invisible to this reader by the edit: say so (the id only) if they could see it before.
  const before = event.before;
  if (before === undefined) return null;
  const actor = actorIn(access, before.groupId);
  const couldRead = can(actor, "annotation:read", { kind: "annotation", ...before, deleted: false }).allowed;
  return couldRead ? { type: "annotation", change: "hidden", id: event.id } : null;
}

async function replyEvent(db: Db, access: Access | null, id: string): Promise<LiveEventDto | null> {
  const row = await db.reply.findUnique({
    where: { id },
    include: {
      author: { select: { id: true, name: true } },
      annotation: { select: { authorId: true, groupId: true, visibility: true, deletedAt: true, source: { select: { groupId: true } } } },
    },
  });
  if (row === null || row.deletedAt !== null) return null;
  // A reply is readable when its annotation is (its source included), and was when the reply was written.
  let actor: Actor | null;
  try {
    actor = judgeAnnotation(access, row.annotation, "annotation:read");
  } catch (error) {
    if (error instanceof PolicyError || error instanceof AnnotationError) return null;
    throw error;
  }
  const entry = can(actor, "annotation:read-entry", { kind: "entry", annotation: annotationResource(row.annotation), writtenUnder: row.visibility });
  return entry.allowed ? { type: "reply", change: "created", reply: replyDto(row) } : null;
}

/** null for "not found" and "not allowed"; any other failure is a real error. */
async function readable<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof PolicyError || error instanceof AnnotationError) return null;
    throw error;
  }
}
