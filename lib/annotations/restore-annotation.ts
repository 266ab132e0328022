import type { Db } from "@/lib/db/client";
import type { Caller } from "./caller";
import type { AnnotationDto } from "./dto";
import { getAnnotation } from "./get-annotation";
import { setDeleted } from "./set-deleted";

export interface RestoreAnnotationOptions {
  db: Db;
  caller: Caller | null;
  id: string;
}

/** Undoes deleteAnnotation: whoever hid it, or an editor of its group (lib/policy); restoring twice is harmless. */
export async function restoreAnnotation({ db, caller, id }: RestoreAnnotationOptions): Promise<AnnotationDto> {
  await setDeleted(db, caller, id, false);
  return getAnnotation({ db, caller, id });
}
