// The statements of search: one SELECT per kind of hit (a block of a source's current
// text, an annotation, a reply), each scoped by lib/policy's filters translated to SQL,
// and the query that ranks them together and cuts one page.
import { Prisma } from "@/lib/db/generated/client";
import { readableSourcesSql, visibleAnnotationsSql, visibleEntriesSql } from "@/lib/annotations/visible-sql";
import type { ReadableSourcesWhere, VisibleAnnotationsWhere } from "@/lib/policy";
import { visibleEntriesWhere } from "@/lib/policy";
import type { SearchQuery } from "./schemas";

export interface SearchScope {
  readable: ReadableSourcesWhere;
  visible: VisibleAnnotationsWhere;
}

/**
 * English stemming OR the words as written, both unaccented (migration
 * 20261203000500_search): "confessions" finds "confessed", a name finds itself.
 */
export const tsquerySql = (q: string) =>
  Prisma.sql`(websearch_to_tsquery('palimpsest_english'::regconfig, ${q}) || websearch_to_tsquery('palimpsest_simple'::regconfig, ${q}))`;

/**
 * The query of the statement's CTE q as a value rather than a table joined in: a
 * condition on each table that its GIN index serves.
 */
export const QUERY = Prisma.sql`(SELECT query FROM q)`;

/**
 * How many matches of each kind (blocks, notes, replies) are ranked. A word that every
 * note holds matched 10,000 of them, and ranking them all was most of a search (120 ms
 * of PGlite's 160); past this many, a kind's first matches as the index yields them
 * are ranked, and the total says "more than".
 */
export const RANKED_PER_KIND = 1000;


/** Normalization 1: divide by 1 + log(length), so a long paragraph does not win by length alone. */
const rank = (vector: Prisma.Sql) => Prisma.sql`ts_rank(${vector}, ${QUERY}, 1)::float8`;

const sourceFilter = (query: SearchQuery) =>
  query.source === undefined ? Prisma.empty : Prisma.sql`AND (s.slug = ${query.source} OR s.id = ${query.source})`;

/** Notes by the day they were written (`column` of the row found). */
function writtenBetween(query: SearchQuery, column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${query.from === undefined ? Prisma.empty : Prisma.sql`AND ${column} >= ${query.from}::date`}
    ${query.to === undefined ? Prisma.empty : Prisma.sql`AND ${column} < ${query.to}::date + 1`}`;
}

/** Sources by their (partial) publication date: "1937" lies within 1937-05-01..1937-12-31. */
function publishedBetween(query: SearchQuery): Prisma.Sql {
  if (query.from === undefined && query.to === undefined) return Prisma.empty;
  return Prisma.sql`AND s.published IS NOT NULL
    ${query.from === undefined ? Prisma.empty : Prisma.sql`AND s.published >= left(${query.from}, length(s.published))`}
    ${query.to === undefined ? Prisma.empty : Prisma.sql`AND s.published <= left(${query.to}, length(s.published))`}`;
}

function noteFilters(query: SearchQuery, authorColumn: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${query.layer === undefined ? Prisma.empty : Prisma.sql`AND a.layer = ${query.layer}::"Layer"`}
    ${query.author === undefined ? Prisma.empty : Prisma.sql`AND ${authorColumn} = ${query.author}`}
    ${query.tag === undefined ? Prisma.empty : Prisma.sql`AND a.tags @> ARRAY[${query.tag}]`}`;
}

function blockHits(query: SearchQuery, scope: SearchScope): Prisma.Sql | null {
  // Layers, authors and tags belong to notes: a filter on them leaves the texts out.
  if (query.kind === "annotation" || query.layer !== undefined || query.author !== undefined || query.tag !== undefined) return null;
  return Prisma.sql`
    SELECT 'source' AS kind, 'b' || b."versionId" || ':' || lpad(b.ordinal::text, 7, '0') AS key, 'block' AS "rowKind",
           s.slug AS "sourceSlug", s.title AS "sourceTitle", b."versionId", b.ordinal, NULL::text AS "annotationId",
           NULL::text AS "replyId", b.start, b."end", ${rank(Prisma.sql`b."searchVector"`)} AS score, NULL::text AS layer, NULL::text AS "authorId"
    FROM "SourceBlock" AS b JOIN "Source" AS s ON s."currentVersionId" = b."versionId"
    WHERE b."searchVector" @@ ${QUERY} AND ${readableSourcesSql(scope.readable)} ${sourceFilter(query)} ${publishedBetween(query)}`;
}

function annotationHits(query: SearchQuery, scope: SearchScope): Prisma.Sql | null {
  if (query.kind === "source") return null;
  // Orphans have no passage to open; the reader lists them apart.
  return Prisma.sql`
    SELECT 'annotation' AS kind, 'a' || a.id AS key, 'annotation' AS "rowKind",
           s.slug AS "sourceSlug", s.title AS "sourceTitle", NULL::text AS "versionId", NULL::int AS ordinal, a.id AS "annotationId",
           NULL::text AS "replyId", a.start, a."end", ${rank(Prisma.sql`a."searchVector"`)} AS score, a.layer::text AS layer, a."authorId"
    FROM "Annotation" AS a JOIN "Source" AS s ON s.id = a."sourceId"
    WHERE a."searchVector" @@ ${QUERY} AND a."anchorStatus" <> 'orphaned' AND ${visibleAnnotationsSql(scope.visible)}
      AND ${readableSourcesSql(scope.readable)} ${sourceFilter(query)} ${noteFilters(query, Prisma.sql`a."authorId"`)}
      ${writtenBetween(query, Prisma.sql`a."createdAt"`)}`;
}

function replyHits(query: SearchQuery, scope: SearchScope): Prisma.Sql | null {
  if (query.kind === "source") return null;
  // A reply is judged by the visibility it was written under, as its thread shows it.
  return Prisma.sql`
    SELECT 'annotation' AS kind, 'r' || r.id AS key, 'reply' AS "rowKind",
           s.slug AS "sourceSlug", s.title AS "sourceTitle", NULL::text AS "versionId", NULL::int AS ordinal, a.id AS "annotationId",
           r.id AS "replyId", a.start, a."end", ${rank(Prisma.sql`r."searchVector"`)} AS score, a.layer::text AS layer, r."authorId"
    FROM "Reply" AS r JOIN "Annotation" AS a ON a.id = r."annotationId" JOIN "Source" AS s ON s.id = a."sourceId"
    WHERE r."searchVector" @@ ${QUERY} AND a."anchorStatus" <> 'orphaned' AND ${visibleAnnotationsSql(scope.visible)}
      AND ${visibleEntriesSql(visibleEntriesWhere(scope.visible))}
      AND ${readableSourcesSql(scope.readable)} ${sourceFilter(query)} ${noteFilters(query, Prisma.sql`r."authorId"`)}
      ${writtenBetween(query, Prisma.sql`r."createdAt"`)}`;
}

/**
 * Every hit the caller may see, RANKED_PER_KIND + 1 at most of each kind (one more tells
 * that there were more), as one UNION ALL; null when the filters exclude every kind.
 * The LIMIT stops each kind's scan, so the rank is computed for those rows only.
 */
export function hitsSql(query: SearchQuery, scope: SearchScope): Prisma.Sql | null {
  const parts = [blockHits(query, scope), annotationHits(query, scope), replyHits(query, scope)].filter((p) => p !== null);
  if (parts.length === 0) return null;
  return Prisma.join(
    parts.map((part) => Prisma.sql`(${part} LIMIT ${RANKED_PER_KIND + 1})`),
    " UNION ALL ",
  );
}

/** The total of `hits` (a CTE of hitsSql), and whether a kind had more than were ranked. */
export const totalSql = Prisma.sql`
  SELECT COALESCE(sum(least(n, ${RANKED_PER_KIND})), 0)::int AS total, COALESCE(bool_or(n > ${RANKED_PER_KIND}), false) AS more
  FROM (SELECT count(*) AS n FROM hits GROUP BY "rowKind") AS kinds`;
