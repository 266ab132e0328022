// lib/policy's visibility filter as a SQL condition, for the one read that is raw
// SQL (list-annotations.ts). It translates the filter the policy built; it decides
// nothing itself, and the types make it handle every clause the policy can give.
import { Prisma } from "@/lib/db/generated/client";
import type { VisibleAnnotationClause, VisibleAnnotationsWhere } from "@/lib/policy";

/** The condition on "Annotation" AS a. */
export function visibleAnnotationsSql(where: VisibleAnnotationsWhere): Prisma.Sql {
  const clauses = "OR" in where ? where.OR : [{ visibility: where.visibility }];
  // An empty OR matches nothing, as Prisma's does.
  const any = clauses.length === 0 ? Prisma.sql`FALSE` : Prisma.join(clauses.map(clauseSql), " OR ");
  return Prisma.sql`a."deletedAt" IS NULL AND (${any})`;
}

function clauseSql(clause: VisibleAnnotationClause): Prisma.Sql {
  switch (clause.visibility) {
    case "public":
      return Prisma.sql`a.visibility = 'public'`;
    case "private":
      return Prisma.sql`(a.visibility = 'private' AND a."authorId" = ${clause.authorId})`;
    case "group":
      return Prisma.sql`(a.visibility = 'group' AND a."groupId" = ANY(${clause.groupId.in}::text[]))`;
  }
}
