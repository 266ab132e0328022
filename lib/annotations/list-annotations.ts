import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { type VisibleAnnotationsWhere, visibleAnnotationsWhere, visibleEntriesWhere } from "@/lib/policy";
import { type Caller, visibilityActor } from "./caller";
import type { AnchorStatus, AnnotationListDto, AnnotationListRowDto, Layer, VisibilityDto } from "./dto";
import { parseInput } from "./parse-input";
import { ListAnnotationsQuery } from "./schemas";
import { readableSource } from "./source-access";
import { listRowOf } from "./summary";
import { personDto } from "./to-dto";
import { visibleAnnotationsSql } from "./visible-sql";

export interface ListAnnotationsOptions {
  db: Db;
  caller: Caller | null;
  sourceId: string;
  /** Untrusted filters (the route's query string), parsed with ListAnnotationsQuery. */
  filters?: unknown;
}

/** What the list's rows are made of: bodies, prefixes and suffixes are most of a row's bytes. */
interface ListRow {
  id: string;
  authorId: string;
  visibility: VisibilityDto;
  layer: Layer;
  start: number;
  end: number;
  /** "" unless orphaned: the reader takes a placed annotation's quote from its text. */
  exact: string;
  anchorStatus: AnchorStatus;
  bodyText: string;
  tags: string[];
  version: number;
  createdAtMs: number;
}

/**
 * The annotations of a source the caller may see, in document order, then the
 * orphans (which have no place in the current text) oldest first. Authors and reply
 * counts come in one query each, not per row (see annotation-row.ts).
 */
export async function listAnnotations({ db, caller, sourceId, filters = {} }: ListAnnotationsOptions): Promise<AnnotationListDto> {
  const query = parseInput(ListAnnotationsQuery, filters);
  // The source check runs beside the reads, so it costs no round trip of its own:
  // nothing is returned unless it passes, and the reads hold only what
  // visibleAnnotationsWhere lets the caller see in any case.
  const [, [rows, replies]] = await Promise.all([
    readableSource(db, caller, sourceId),
    visibilityActor(db, caller).then((actor) => readRows(db, visibleAnnotationsWhere(actor), sourceId, query)),
  ]);
  if (rows.length === 0) return { authors: [], annotations: [], orphanCount: 0 };
  const authorIds = [...new Set(rows.map((r) => r.authorId))];
  // Rows name authors by index, not name: they are made while the names are read.
  const names = db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  const authorIndex = new Map(authorIds.map((id, i) => [id, i]));
  const replyCount = new Map(replies.map((r) => [r.annotationId, r._count._all]));

  const rowOf = (row: ListRow) =>
    listRowOf(row, authorIndex.get(row.authorId) ?? 0, row.createdAtMs, replyCount.get(row.id) ?? 0);
  const annotations: AnnotationListRowDto[] = [];
  const orphans: ListRow[] = [];
  for (const row of rows) {
    if (row.anchorStatus === "orphaned") orphans.push(row);
    else annotations.push(rowOf(row));
  }
  orphans.sort((a, b) => a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id));
  for (const row of orphans) annotations.push(rowOf(row));
  const nameOf = new Map((await names).map((a) => [a.id, a.name]));
  // An author deleted between the queries shows as personDto shows a nameless one.
  const authors = authorIds.map((id) => personDto({ id, name: nameOf.get(id) ?? null }));
  return { authors, annotations, orphanCount: orphans.length };
}

/**
 * Raw SQL, the only list read that is: for thousands of rows, Prisma's mapping of a
 * findMany's result (three objects a row, dates through strings) took as long as
 * the statement itself. The filter and order are the findMany's it replaced.
 */
function readRows(db: Db, visible: VisibleAnnotationsWhere, sourceId: string, query: ListAnnotationsQuery) {
  const filters = [
    query.layer === undefined ? Prisma.empty : Prisma.sql`AND a.layer = ${query.layer}::"Layer"`,
    query.author === undefined ? Prisma.empty : Prisma.sql`AND a."authorId" = ${query.author}`,
    query.tag === undefined ? Prisma.empty : Prisma.sql`AND a.tags @> ARRAY[${query.tag}]`,
    query.visibility === undefined ? Prisma.empty : Prisma.sql`AND a.visibility = ${query.visibility}::"Visibility"`,
  ];
  return Promise.all([
    db.$queryRaw<ListRow[]>`
      SELECT a.id, a."authorId", a.visibility::text AS visibility, a.layer::text AS layer, a.start, a."end",
             CASE WHEN a."anchorStatus" = 'orphaned' THEN a.exact ELSE '' END AS exact,
             a."anchorStatus"::text AS "anchorStatus", a."bodyText", a.tags, a.version,
             round(EXTRACT(EPOCH FROM a."createdAt") * 1000)::float8 AS "createdAtMs"
      FROM "Annotation" AS a
      WHERE a."sourceId" = ${sourceId} AND ${visibleAnnotationsSql(visible)} ${Prisma.join(filters, " ")}
      ORDER BY a.start, a."end", a."createdAt", a.id`,
    // Same scope as the rows (not their ids), so the query need not list thousands of them.
    db.reply.groupBy({
      by: ["annotationId"],
      where: { AND: [{ annotation: { sourceId }, deletedAt: null }, visibleEntriesWhere(visible)] },
      _count: { _all: true },
    }),
  ]);
}
