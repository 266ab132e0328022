import type { Db } from "@/lib/db/client";
import { visibleAnnotationsWhere } from "@/lib/policy";
import { type Caller, visibilityActor } from "./caller";
import type { AnnotationListDto, AnnotationSummaryDto } from "./dto";
import { parseInput } from "./parse-input";
import { ListAnnotationsQuery } from "./schemas";
import { readableSource } from "./source-access";
import { summaryOf } from "./summary";
import { personDto } from "./to-dto";

export interface ListAnnotationsOptions {
  db: Db;
  caller: Caller | null;
  sourceId: string;
  /** Untrusted filters (the route's query string), parsed with ListAnnotationsQuery. */
  filters?: unknown;
}

// Only the columns a summary is made of: bodies, prefixes and suffixes are most of a
// row's bytes, and nothing in the list shows them.
const COLUMNS = {
  id: true,
  authorId: true,
  visibility: true,
  layer: true,
  start: true,
  end: true,
  exact: true,
  anchorStatus: true,
  bodyText: true,
  tags: true,
  version: true,
  createdAt: true,
} as const;

/**
 * The annotations of a source the caller may see, in document order, then the
 * orphans (which have no place in the current text) oldest first. Authors and reply
 * counts come in one query each, not per row (see annotation-row.ts).
 */
export async function listAnnotations({ db, caller, sourceId, filters = {} }: ListAnnotationsOptions): Promise<AnnotationListDto> {
  const query = parseInput(ListAnnotationsQuery, filters);
  await readableSource(db, caller, sourceId);
  const visible = visibleAnnotationsWhere(await visibilityActor(db, caller));
  const rows = await db.annotation.findMany({
    where: {
      AND: [
        visible,
        { sourceId },
        query.layer === undefined ? {} : { layer: query.layer },
        query.author === undefined ? {} : { authorId: query.author },
        query.tag === undefined ? {} : { tags: { has: query.tag } },
        query.visibility === undefined ? {} : { visibility: query.visibility },
      ],
    },
    orderBy: [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: COLUMNS,
  });
  if (rows.length === 0) return { annotations: [], orphanCount: 0 };
  const authorIds = [...new Set(rows.map((r) => r.authorId))];
  const [authors, replies] = await Promise.all([
    db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }),
    // Same scope as the rows (not their ids), so the query need not list thousands of them.
    db.reply.groupBy({ by: ["annotationId"], where: { annotation: { sourceId }, deletedAt: null }, _count: { _all: true } }),
  ]);
  const authorOf = new Map(authors.map((a) => [a.id, personDto(a)]));
  const replyCount = new Map(replies.map((r) => [r.annotationId, r._count._all]));

  const placed: AnnotationSummaryDto[] = [];
  const orphans: AnnotationSummaryDto[] = [];
  for (const row of rows) {
    // Field by field: spreading the query's rows cost more than the rest of the mapping.
    const summary = summaryOf({
      id: row.id,
      author: authorOf.get(row.authorId) ?? personDto({ id: row.authorId, name: null }),
      visibility: row.visibility,
      layer: row.layer,
      start: row.start,
      end: row.end,
      exact: row.exact,
      anchorStatus: row.anchorStatus,
      bodyText: row.bodyText,
      tags: row.tags,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      replyCount: replyCount.get(row.id) ?? 0,
    });
    (row.anchorStatus === "orphaned" ? orphans : placed).push(summary);
  }
  // ISO timestamps sort as the times they name.
  orphans.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return { annotations: [...placed, ...orphans], orphanCount: orphans.length };
}
