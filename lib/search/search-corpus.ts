import { type Access, groupIdsOf, visibilityActor } from "@/lib/access";
import type { Layer } from "@/lib/annotations/dto";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError, parseInput } from "@/lib/http";
import { readableSourcesWhere, visibleAnnotationsWhere } from "@/lib/policy";
import { decodeSearchCursor, encodeSearchCursor } from "./cursor";
import type { SearchResponseDto, SearchResultDto } from "./dto";
import { hitsSql, tsquerySql } from "./search-sql";
import { SEARCH_LIMIT_DEFAULT, SearchQuery } from "./schemas";
import { HEADLINE_OPTIONS, locateSnippet, parseHeadline, plainSnippet } from "./snippet";

export interface SearchCorpusOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  /** Untrusted query string values, parsed with SearchQuery. */
  input: unknown;
}

interface HitRow {
  kind: "source" | "annotation";
  key: string;
  rowKind: "block" | "annotation" | "reply";
  sourceSlug: string;
  sourceTitle: string;
  annotationId: string | null;
  replyId: string | null;
  start: number;
  end: number;
  score: number;
  layer: Layer | null;
  authorId: string | null;
  authorName: string | null;
  headline: string;
  /** The block's text (source hits only), to place the headline in it. */
  blockText: string | null;
  total: number;
}

/**
 * Full-text search over the current texts of the sources the caller may read and over
 * the annotations and replies they may see, best match first, one page at a time.
 */
export async function searchCorpus({ db, actor, input }: SearchCorpusOptions): Promise<SearchResponseDto> {
  const query = parseInput(SearchQuery, input);
  const after = query.cursor === undefined ? null : decodeSearchCursor(query.cursor);
  if (query.cursor !== undefined && after === null) throw new AppError("invalid_input", "cursor: not a cursor this search handed out.");
  const limit = query.limit ?? SEARCH_LIMIT_DEFAULT;
  const hits = hitsSql(query, { readable: readableSourcesWhere(groupIdsOf(actor)), visible: visibleAnnotationsWhere(visibilityActor(actor)) });
  if (hits === null) return { results: [], total: 0, nextCursor: null };
  const afterSql =
    after === null ? Prisma.empty : Prisma.sql`WHERE h.score < ${after.score}::float8 OR (h.score = ${after.score}::float8 AND h.key > ${after.key})`;
  // Headlines are costly: only the page's rows get one, after ranking.
  const rows = await db.$queryRaw<HitRow[]>`
    WITH q AS (SELECT ${tsquerySql(query.q)} AS query),
    hits AS (${hits}),
    page AS (SELECT * FROM hits AS h ${afterSql} ORDER BY h.score DESC, h.key LIMIT ${limit + 1})
    SELECT p.kind, p.key, p."rowKind", p."sourceSlug", p."sourceTitle", p."annotationId", p."replyId", p.start, p."end",
           p.score, p.layer, p."authorId", u.name AS "authorName", b.text AS "blockText",
           (SELECT count(*)::int FROM hits) AS total,
           ts_headline('palimpsest_english'::regconfig,
             COALESCE(b.text, r."bodyText", concat_ws(E'\n', NULLIF(a."bodyText", ''), a.exact, NULLIF(palimpsest_tags_text(a.tags), ''))),
             q.query, ${HEADLINE_OPTIONS}) AS headline
    FROM page AS p CROSS JOIN q
    LEFT JOIN "SourceBlock" AS b ON p."rowKind" = 'block' AND b."versionId" = p."versionId" AND b.ordinal = p.ordinal
    LEFT JOIN "Reply" AS r ON p."rowKind" = 'reply' AND r.id = p."replyId"
    LEFT JOIN "Annotation" AS a ON p."rowKind" = 'annotation' AND a.id = p."annotationId"
    LEFT JOIN "User" AS u ON u.id = p."authorId"
    ORDER BY p.score DESC, p.key`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const total = rows[0]?.total ?? (after === null ? 0 : await countOnly(db, query.q, hits));
  return {
    results: page.map(resultOf),
    total,
    nextCursor: rows.length > limit && last !== undefined ? encodeSearchCursor({ score: last.score, key: last.key }) : null,
  };
}

/** A page past the last result still says how many there are. */
async function countOnly(db: Db, q: string, hits: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`WITH q AS (SELECT ${tsquerySql(q)} AS query) SELECT count(*)::int AS total FROM (${hits}) AS h`;
  return row?.total ?? 0;
}

function resultOf(row: HitRow): SearchResultDto {
  const base = { kind: row.kind, sourceSlug: row.sourceSlug, sourceTitle: row.sourceTitle, score: row.score };
  const headline = parseHeadline(row.headline);
  if (row.rowKind === "block") {
    const text = row.blockText ?? "";
    const at = locateSnippet(text, headline);
    // The passage is the headline's stretch of the block, so the reader highlights what was read here.
    if (at === null) return { ...base, start: row.start, end: row.end, snippet: plainSnippet(text) };
    return { ...base, start: row.start + at, end: row.start + at + headline.text.length, snippet: headline };
  }
  return {
    ...base,
    start: row.start,
    end: row.end,
    snippet: headline,
    ...(row.annotationId === null ? {} : { annotationId: row.annotationId }),
    ...(row.replyId === null ? {} : { replyId: row.replyId }),
    ...(row.layer === null ? {} : { layer: row.layer }),
    ...(row.authorId === null ? {} : { authorId: row.authorId }),
    authorName: row.authorName,
  };
}
