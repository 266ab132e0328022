import type { Db } from "@/lib/db/client";
import type { Caller } from "./caller";
import type { AnnotationDto } from "./dto";
import { notFound } from "./errors";
import { getAnnotation } from "./get-annotation";
import { setDeleted } from "./set-deleted";

export interface DeleteAnnotationOptions {
  db: Db;
  caller: Caller | null;
  id: string;
}

/** Soft delete: the row, its revisions and replies stay, so restoreAnnotation can undo it. */
export async function deleteAnnotation({ db, caller, id }: DeleteAnnotationOptions): Promise<AnnotationDto> {
  // Nothing changed: deleted by someone else meanwhile, or made private; gone for this caller.
  if ((await setDeleted(db, caller, id, true)) === null) throw notFound();
  return getAnnotation({ db, caller, id, includeDeleted: true });
}
