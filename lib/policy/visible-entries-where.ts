import type { VisibleAnnotationsWhere } from "./visible-annotations-where";

/** Structural subset of Prisma's ReplyWhereInput (and AnnotationRevisionWhereInput). */
export type VisibleEntryClause =
  | { visibility: "public" }
  | { visibility: "group"; annotation: { groupId: { in: string[] } } }
  | { visibility: "private"; annotation: { authorId: string } };

export interface VisibleEntriesWhere {
  OR: VisibleEntryClause[];
}

/**
 * readEntry as a filter over many annotations' entries (reply counts of a list),
 * for annotations already filtered by the same `visible`: an entry is judged by the
 * visibility it was written under, exactly as its annotation would be.
 */
export function visibleEntriesWhere(visible: VisibleAnnotationsWhere): VisibleEntriesWhere {
  if (!("OR" in visible)) return { OR: [{ visibility: "public" }] };
  return {
    OR: visible.OR.map((clause): VisibleEntryClause => {
      switch (clause.visibility) {
        case "public":
          return { visibility: "public" };
        case "group":
          return { visibility: "group", annotation: { groupId: clause.groupId } };
        case "private":
          return { visibility: "private", annotation: { authorId: clause.authorId } };
      }
    }),
  };
}
