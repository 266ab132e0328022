import type { Db } from "@/lib/db/client";
import { readableEntryVisibilities } from "@/lib/policy";
import type { Access } from "@/lib/access";
import type { RevisionPageDto } from "./dto";
import { parseInput } from "./parse-input";
import { annotationAllowing } from "./annotation-access";
import { ListRevisionsQuery } from "./schemas";
import { revisionDto } from "./to-dto";

export interface ListRevisionsOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  annotationId: string;
  /** Untrusted paging (the route's query string), parsed with ListRevisionsQuery. */
  query?: unknown;
}

/**
 * The saved versions of an annotation, newest first, with who saved them: only those
 * written while the reader was in the note's audience (a draft kept private stays so).
 */
export async function listRevisions({ db, actor, annotationId, query = {} }: ListRevisionsOptions): Promise<RevisionPageDto> {
  const page = parseInput(ListRevisionsQuery, query);
  const annotation = await annotationAllowing(db, actor, annotationId, "annotation:read");
  const rows = await db.annotationRevision.findMany({
    where: {
      annotationId,
      visibility: { in: readableEntryVisibilities(annotation.actor, annotation.resource) },
      ...(page.before === undefined ? {} : { version: { lt: page.before } }),
    },
    orderBy: { version: "desc" },
    // One more than asked says whether another page follows.
    take: page.limit + 1,
    include: { editor: { select: { id: true, name: true } } },
  });
  const revisions = rows.slice(0, page.limit).map(revisionDto);
  const last = revisions.at(-1);
  return { revisions, next: rows.length > page.limit && last !== undefined ? last.version : null };
}
