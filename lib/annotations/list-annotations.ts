import { type Access, visibilityActor } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { type VisibleAnnotationsWhere, visibleAnnotationsWhere, visibleEntriesWhere } from "@/lib/policy";
import type { AnchorStatus, AnnotationListDto, Layer, VisibilityDto } from "./dto";
import { AnnotationError } from "./errors";
import { decodeListCursor, encodeListCursor, type ListPosition, listPosition } from "./list-cursor";
import { parseInput } from "./parse-input";
import { ListAnnotationsQuery } from "./schemas";
import { readableSource } from "./source-access";
import { listRowOf } from "./summary";
import { personDto } from "./to-dto";
import { visibleAnnotationsSql } from "./visible-sql";

export interface ListAnnotationsOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  sourceId: string;
  /** Untrusted filters and page (the route's query string), parsed with ListAnnotationsQuery. */
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
 * One page of the annotations of a source the caller may see, in document order,
 * then the orphans (which have no place in the current text) oldest first; `next`
 * continues after it. Authors and reply counts come in one query each, not per row.
 */
export async function listAnnotations({ db, actor, sourceId, filters = {} }: ListAnnotationsOptions): Promise<AnnotationListDto> {
  const query = parseInput(ListAnnotationsQuery, filters);
  const after = query.cursor === undefined ? null : decodeListCursor(query.cursor);
  if (query.cursor !== undefined && after === null) throw new AnnotationError("invalid_input", "cursor: not a cursor this list handed out.");
  // The source check runs beside the reads, so it costs no round trip of its own:
  // nothing is returned unless it passes, and the reads hold only what
  // visibleAnnotationsWhere lets the caller see in any case.
  const [, [fetched, replies]] = await Promise.all([
    readableSource(db, actor, sourceId),
    readRows(db, visibleAnnotationsWhere(visibilityActor(actor)), sourceId, query, after),
  ]);
  const rows = fetched.slice(0, query.limit);
  const last = rows.at(-1);
  const next = fetched.length > query.limit && last !== undefined ? encodeListCursor(listPosition(last)) : null;
  if (rows.length === 0) return { authors: [], annotations: [], orphanCount: 0, next };
  const authorIds = [...new Set(rows.map((r) => r.authorId))];
  // Rows name authors by index, not name: they are made while the names are read.
  const names = db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  const authorIndex = new Map(authorIds.map((id, i) => [id, i]));
  const replyCount = new Map(replies.map((r) => [r.annotationId, r._count._all]));
  const annotations = rows.map((row) => listRowOf(row, authorIndex.get(row.authorId) ?? 0, row.createdAtMs, replyCount.get(row.id) ?? 0));
  const orphanCount = rows.reduce((n, row) => n + (row.anchorStatus === "orphaned" ? 1 : 0), 0);
  const nameOf = new Map((await names).map((a) => [a.id, a.name]));
  // An author deleted between the queries shows as personDto shows a nameless one.
  const authors = authorIds.map((id) => personDto({ id, name: nameOf.get(id) ?? null }));
  return { authors, annotations, orphanCount, next };
}

/**
 * Raw SQL, the only list read that is: for thousands of rows, Prisma's mapping of a
 * findMany's result (three objects a row, dates through strings) took as long as
 * the statement itself. One more row than the page tells whether another follows.
 */
function readRows(db: Db, visible: VisibleAnnotationsWhere, sourceId: string, query: ListAnnotationsQuery, after: ListPosition | null) {
  const orphaned = Prisma.sql`(a."anchorStatus" = 'orphaned')`;
  const start = Prisma.sql`(CASE WHEN a."anchorStatus" = 'orphaned' THEN 0 ELSE a.start END)`;
  const end = Prisma.sql`(CASE WHEN a."anchorStatus" = 'orphaned' THEN 0 ELSE a."end" END)`;
  const createdAtMs = Prisma.sql`round(EXTRACT(EPOCH FROM a."createdAt") * 1000)::float8`;
  const filters = [
    query.layer === undefined ? Prisma.empty : Prisma.sql`AND a.layer = ${query.layer}::"Layer"`,
    query.author === undefined ? Prisma.empty : Prisma.sql`AND a."authorId" = ${query.author}`,
    query.tag === undefined ? Prisma.empty : Prisma.sql`AND a.tags @> ARRAY[${query.tag}]`,
    query.visibility === undefined ? Prisma.empty : Prisma.sql`AND a.visibility = ${query.visibility}::"Visibility"`,
    after === null
      ? Prisma.empty
      : Prisma.sql`AND (${orphaned}, ${start}, ${end}, ${createdAtMs}, a.id) > (${after.orphaned}, ${after.start}::int, ${after.end}::int, ${after.createdAtMs}::float8, ${after.id})`,
  ];
  return Promise.all([
    db.$queryRaw<ListRow[]>`
      SELECT a.id, a."authorId", a.visibility::text AS visibility, a.layer::text AS layer, a.start, a."end",
             CASE WHEN a."anchorStatus" = 'orphaned' THEN a.exact ELSE '' END AS exact,
             a."anchorStatus"::text AS "anchorStatus", a."bodyText", a.tags, a.version,
             ${createdAtMs} AS "createdAtMs"
      FROM "Annotation" AS a
      WHERE a."sourceId" = ${sourceId} AND ${visibleAnnotationsSql(visible)} ${Prisma.join(filters, " ")}
      ORDER BY ${orphaned}, ${start}, ${end}, a."createdAt", a.id
      LIMIT ${query.limit + 1}`,
    // Same scope as the rows (not their ids), so the query need not list thousands of them.
    db.reply.groupBy({
      by: ["annotationId"],
      where: { AND: [{ annotation: { sourceId }, deletedAt: null }, visibleEntriesWhere(visible)] },
      _count: { _all: true },
    }),
  ]);
}
