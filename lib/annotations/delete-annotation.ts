import type { Db } from "@/lib/db/client";
import type { Access } from "@/lib/access";
import type { AnnotationDto } from "./dto";
import { notFound } from "./errors";
import { getAnnotation } from "./get-annotation";
import { setDeleted } from "./set-deleted";

export interface DeleteAnnotationOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  id: string;
}

/** Soft delete: the row, its revisions and replies stay, so restoreAnnotation can undo it. */
export async function deleteAnnotation({ db, actor, id }: DeleteAnnotationOptions): Promise<AnnotationDto> {
  // Nothing changed: deleted by someone else meanwhile, or made private; gone for this caller.
  if ((await setDeleted(db, actor, id, true)) === null) throw notFound();
  return getAnnotation({ db, actor, id, includeDeleted: true });
}
