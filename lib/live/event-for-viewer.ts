// Each event is judged per reader, at delivery, by lib/policy: a private note or
// another group's annotation never reaches a stream that may not read it.
import { type Access, actorIn, resolveAccess } from "@/lib/access";
import type { LiveEventDto } from "@/lib/annotations/dto";
import { AnnotationError } from "@/lib/annotations/errors";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { replyDto } from "@/lib/annotations/to-dto";
import type { Db } from "@/lib/db/client";
import { can, PolicyError } from "@/lib/policy";
import type { ChangeEvent } from "./change-event";

/** The signed-in reader of a stream, as lib/auth's session gives it; null when signed out. */
export interface Viewer {
  id: string;
}

/**
 * What this reader is sent for the event, or null when nothing may be sent. Their
 * access is resolved again for each event: a stream outlives a membership.
 */
export async function eventForViewer(db: Db, viewer: Viewer | null, event: ChangeEvent): Promise<LiveEventDto | null> {
  const access = await resolveAccess(db, viewer);
  return event.kind === "reply" ? replyEvent(db, access, event.id) : annotationEvent(db, access, event);
}

async function annotationEvent(db: Db, access: Access | null, event: ChangeEvent): Promise<LiveEventDto | null> {
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
  const row = await db.reply.findUnique({ where: { id }, include: { author: { select: { id: true, name: true } } } });
  if (row === null || row.deletedAt !== null) return null;
  // A reply is readable exactly when its annotation is.
  const annotation = await readable(() => getAnnotation({ db, actor: access, id: row.annotationId }));
  return annotation === null ? null : { type: "reply", change: "created", reply: replyDto(row) };
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
