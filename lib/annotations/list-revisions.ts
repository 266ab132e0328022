import type { Db } from "@/lib/db/client";
import type { Caller } from "./caller";
import type { RevisionDto } from "./dto";
import { annotationAllowing } from "./readable-annotation";
import { revisionDto } from "./to-dto";

export interface ListRevisionsOptions {
  db: Db;
  caller: Caller | null;
  annotationId: string;
}

/** Every saved version of an annotation's content, first to last, with who saved it. */
export async function listRevisions({ db, caller, annotationId }: ListRevisionsOptions): Promise<RevisionDto[]> {
  await annotationAllowing(db, caller, annotationId, "annotation:read");
  const rows = await db.annotationRevision.findMany({
    where: { annotationId },
    orderBy: { version: "asc" },
    include: { editor: { select: { id: true, name: true } } },
  });
  return rows.map(revisionDto);
}
