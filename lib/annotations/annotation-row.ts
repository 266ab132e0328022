// The one shape in which annotations are read for the API. Links are filtered by
// the reader's visibility, so a link never reveals a quote the reader may not see.
import type { Prisma } from "@/lib/db/generated/client";
import type { VisibleAnnotationsWhere } from "@/lib/policy";

const linkEnd = {
  select: { id: true, sourceId: true, exact: true, source: { select: { title: true } } },
} as const;

export function annotationInclude(visible: VisibleAnnotationsWhere) {
  return {
    author: { select: { id: true, name: true } },
    group: { select: { name: true } },
    citations: { orderBy: { id: "asc" } },
    _count: { select: { replies: { where: { deletedAt: null } } } },
    linksFrom: { where: { to: visible }, orderBy: { createdAt: "asc" }, include: { to: linkEnd } },
    linksTo: { where: { from: visible }, orderBy: { createdAt: "asc" }, include: { from: linkEnd } },
  } satisfies Prisma.AnnotationInclude;
}

export type AnnotationRow = Prisma.AnnotationGetPayload<{ include: ReturnType<typeof annotationInclude> }>;

/** What lib/policy judges an annotation by. */
export function annotationResource(row: {
  authorId: string;
  groupId: string | null;
  visibility: "private" | "group" | "public";
  deletedAt: Date | null;
}) {
  return {
    kind: "annotation" as const,
    authorId: row.authorId,
    groupId: row.groupId,
    visibility: row.visibility,
    deleted: row.deletedAt !== null,
  };
}
