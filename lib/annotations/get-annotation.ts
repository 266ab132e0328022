import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { judgeAnnotation } from "./annotation-access";
import { withExtras } from "./annotation-row";
import type { AnnotationDto } from "./dto";
import { notFound } from "./errors";
import { annotationDto } from "./to-dto";

export interface GetAnnotationOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  id: string;
  /**
   * Also answer for a soft-deleted annotation, judged as if it were not deleted:
   * for the delete route's answer (undo) and live "deleted" events, never for reads.
   */
  includeDeleted?: boolean;
}

export async function getAnnotation({ db, actor, id, includeDeleted = false }: GetAnnotationOptions): Promise<AnnotationDto> {
  const found = await db.annotation.findUnique({ where: { id }, include: { source: { select: { groupId: true, slug: true } } } });
  if (found === null) throw notFound();
  judgeAnnotation(actor, found, "annotation:read", { asLive: includeDeleted });
  const { source, ...annotation } = found;
  const [row] = await withExtras(db, [annotation], actor, { id });
  if (row === undefined) throw notFound();
  return annotationDto(row, actor, source);
}
