// lib/policy's visibility filters as SQL conditions, for the reads that are raw SQL
// (list-annotations.ts, lib/search). It translates the filter the policy built; it decides
// nothing itself, and the types make it handle every clause the policy can give.
import { Prisma } from "@/lib/db/generated/client";
import type { ReadableSourcesWhere, VisibleAnnotationClause, VisibleAnnotationsWhere, VisibleEntriesWhere, VisibleEntryClause } from "@/lib/policy";

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

/** readableSourcesWhere as a condition on "Source" AS s. */
export function readableSourcesSql(where: ReadableSourcesWhere): Prisma.Sql {
  const [, members] = where.OR;
  return Prisma.sql`(s."groupId" IS NULL OR s."groupId" = ANY(${members.groupId.in}::text[]))`;
}

/** visibleEntriesWhere as a condition on "Reply" AS r of "Annotation" AS a. */
export function visibleEntriesSql(where: VisibleEntriesWhere): Prisma.Sql {
  const any = where.OR.length === 0 ? Prisma.sql`FALSE` : Prisma.join(where.OR.map(entryClauseSql), " OR ");
  return Prisma.sql`r."deletedAt" IS NULL AND (${any})`;
}

function entryClauseSql(clause: VisibleEntryClause): Prisma.Sql {
  switch (clause.visibility) {
    case "public":
      return Prisma.sql`r.visibility = 'public'`;
    case "private":
      return Prisma.sql`(r.visibility = 'private' AND a."authorId" = ${clause.annotation.authorId})`;
    case "group":
      return Prisma.sql`(r.visibility = 'group' AND a."groupId" = ANY(${clause.annotation.groupId.in}::text[]))`;
  }
}
