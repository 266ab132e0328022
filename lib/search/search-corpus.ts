import { type Access, groupIdsOf, visibilityActor } from "@/lib/access";
import type { Layer } from "@/lib/annotations/dto";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError, parseInput } from "@/lib/http";
import { readableSourcesWhere, visibleAnnotationsWhere } from "@/lib/policy";
import { decodeSearchCursor, encodeSearchCursor } from "./cursor";
import type { SearchResponseDto, SearchResultDto } from "./dto";
import { hitsSql, QUERY, totalSql, tsquerySql } from "./search-sql";
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
  /** Null on the row past the page. */
  headline: string | null;
  /** The block's text (source hits only), to place the headline in it. */
  blockText: string | null;
  total: number;
  more: boolean;
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
  if (hits === null) return { results: [], total: 0, totalExact: true, nextCursor: null };
  const afterSql =
    after === null ? Prisma.empty : Prisma.sql`WHERE h.score < ${after.score}::float8 OR (h.score = ${after.score}::float8 AND h.key > ${after.key})`;
  // Headlines are costly: only the page's rows get one, after ranking (not the one more
  // that says whether there is a next page).
  const rows = await db.$queryRaw<HitRow[]>`
    WITH q AS (SELECT ${tsquerySql(query.q)} AS query),
    hits AS (${hits}),
    page AS (SELECT h.*, row_number() OVER (ORDER BY h.score DESC, h.key) AS n FROM hits AS h ${afterSql} ORDER BY h.score DESC, h.key LIMIT ${limit + 1})
    SELECT p.kind, p.key, p."rowKind", p."sourceSlug", p."sourceTitle", p."annotationId", p."replyId", p.start, p."end",
           p.score, p.layer, p."authorId", u.name AS "authorName", b.text AS "blockText", t.total, t.more,
           CASE WHEN p.n <= ${limit} THEN ts_headline('palimpsest_english'::regconfig,
             COALESCE(b.text, r."bodyText", concat_ws(E'\n', NULLIF(a."bodyText", ''), a.exact, NULLIF(palimpsest_tags_text(a.tags), ''))),
             ${QUERY}, ${HEADLINE_OPTIONS}) END AS headline
    FROM page AS p CROSS JOIN (${totalSql}) AS t
    LEFT JOIN "SourceBlock" AS b ON p."rowKind" = 'block' AND b."versionId" = p."versionId" AND b.ordinal = p.ordinal
    LEFT JOIN "Reply" AS r ON p."rowKind" = 'reply' AND r.id = p."replyId"
    LEFT JOIN "Annotation" AS a ON p."rowKind" = 'annotation' AND a.id = p."annotationId"
    LEFT JOIN "User" AS u ON u.id = p."authorId"
    ORDER BY p.score DESC, p.key`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const counted = rows[0] ?? (after === null ? { total: 0, more: false } : await countOnly(db, query.q, hits));
  return {
    results: page.map(resultOf),
    total: counted.total,
    totalExact: !counted.more,
    nextCursor: rows.length > limit && last !== undefined ? encodeSearchCursor({ score: last.score, key: last.key }) : null,
  };
}

/** A page past the last result still says how many there are. */
async function countOnly(db: Db, q: string, hits: Prisma.Sql): Promise<{ total: number; more: boolean }> {
  const [row] = await db.$queryRaw<{ total: number; more: boolean }[]>`WITH q AS (SELECT ${tsquerySql(q)} AS query), hits AS (${hits}) ${totalSql}`;
  return row ?? { total: 0, more: false };
}

function resultOf(row: HitRow): SearchResultDto {
  const base = { kind: row.kind, sourceSlug: row.sourceSlug, sourceTitle: row.sourceTitle, score: row.score };
  const headline = parseHeadline(row.headline ?? "");
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
