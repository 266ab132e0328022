import type { Db } from "@/lib/db/client";
import type { Access } from "@/lib/access";
import type { RevisionDto } from "./dto";
import { annotationAllowing } from "./annotation-access";
import { revisionDto } from "./to-dto";

export interface ListRevisionsOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  annotationId: string;
}

/** Every saved version of an annotation's content, first to last, with who saved it. */
export async function listRevisions({ db, actor, annotationId }: ListRevisionsOptions): Promise<RevisionDto[]> {
  await annotationAllowing(db, actor, annotationId, "annotation:read");
  const rows = await db.annotationRevision.findMany({
    where: { annotationId },
    orderBy: { version: "asc" },
    include: { editor: { select: { id: true, name: true } } },
  });
  return rows.map(revisionDto);
}
