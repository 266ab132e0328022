import type { Db } from "@/lib/db/client";
import type { Access } from "@/lib/access";
import type { AnnotationDto } from "./dto";
import { getAnnotation } from "./get-annotation";
import { setDeleted } from "./set-deleted";

export interface RestoreAnnotationOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  id: string;
}

/** Undoes deleteAnnotation: whoever hid it, or an editor of its group (lib/policy); restoring twice is harmless. */
export async function restoreAnnotation({ db, actor, id }: RestoreAnnotationOptions): Promise<AnnotationDto> {
  await setDeleted(db, actor, id, false);
  return getAnnotation({ db, actor, id });
}
