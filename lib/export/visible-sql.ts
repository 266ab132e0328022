// "May read" for the export's raw SQL: lib/policy's annotation filter (translated by
// lib/annotations/visible-sql.ts) and its source filter, on "Annotation" AS a joined
// to "Source" AS s. Every query of lib/export that returns an annotation, including
// the other end of a link, puts this in its WHERE.
import { groupIdsOf, visibilityActor } from "@/lib/access";
import { visibleAnnotationsSql } from "@/lib/annotations/visible-sql";
import { Prisma } from "@/lib/db/generated/client";
import { readableSourcesWhere, visibleAnnotationsWhere } from "@/lib/policy";
import type { ExportViewer } from "./viewer";

export function visibleToViewerSql(viewer: ExportViewer): Prisma.Sql {
  if (viewer.kind === "operator") return Prisma.sql`a."deletedAt" IS NULL`;
  const annotations = visibleAnnotationsSql(visibleAnnotationsWhere(visibilityActor(viewer.access)));
  const groups = readableSourcesWhere(groupIdsOf(viewer.access)).OR[1].groupId.in;
  return Prisma.sql`${annotations} AND (s."groupId" IS NULL OR s."groupId" = ANY(${groups}::text[]))`;
}
