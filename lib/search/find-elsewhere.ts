import { type Access, groupIdsOf } from "@/lib/access";
import { readableSource } from "@/lib/annotations/source-access";
import { readableSourcesSql } from "@/lib/annotations/visible-sql";
import type { Db } from "@/lib/db/client";
import { AppError, parseInput } from "@/lib/http";
import { readableSourcesWhere } from "@/lib/policy";
import { bestWindow } from "./best-window";
import type { SimilarPassageDto } from "./dto";
import { FindElsewhereQuery } from "./schemas";
import { plainSnippet } from "./snippet";

export interface FindElsewhereOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  sourceId: string;
  /** Untrusted query string values (start, end of the selection), parsed with FindElsewhereQuery. */
  input: unknown;
}

export const SIMILAR_LIMIT = 8;
/**
 * pg_trgm's default. A quotation cut or reworded a little still scores above 0.7; a
 * lower bar lets the index pass most paragraphs of a corpus in one language, each then
 * rechecked with word_similarity, the costly part (0.3: 170 ms for the starter corpus).
 */
const THRESHOLD = 0.6;

interface Row {
  sourceSlug: string;
  sourceTitle: string;
  start: number;
  text: string;
  score: number;
}

/**
 * The passages of the other sources the caller may read most like the selection:
 * pg_trgm's word_similarity over their current blocks, among the blocks whose windows
 * the GIN trigram index finds like a piece of the selection, or, where the server lacks
 * pg_trgm, full-text rank of the selection's words.
 */
export async function findElsewhere({ db, actor, sourceId, input }: FindElsewhereOptions): Promise<{ results: SimilarPassageDto[] }> {
  const { start, end } = parseInput(FindElsewhereQuery, input);
  const source = await readableSource(db, actor, sourceId);
  const selected = await selectedText(db, source.currentVersionId, start, end);
  if (selected.length < 3) throw new AppError("invalid_input", "end: select a few words to find elsewhere.");
  const readable = readableSourcesSql(readableSourcesWhere(groupIdsOf(actor)));
  const rows = (await hasTrigrams(db))
    ? await db.$transaction(async (tx) => {
        // The embedded database is never vacuumed, and with no statistics of the GIN index
        // the planner rates it dear and tests every window instead (830 ms there): use it.
        await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(THRESHOLD)}, true), set_config('enable_seqscan', 'off', true)`;
        // The trigram index finds the windows of blocks (20261204200001_block_windows)
        // like a piece of the selection; only the blocks holding them, few, are compared
        // with the whole selection. The pieces reach the planner through a CTE, so it
        // plans the operator at its default selectivity (the index): given the values,
        // it evaluates word_similarity on the column's statistics (10 ms), and given a
        // join to filter first, it computes word_similarity for every window it reaches.
        return tx.$queryRaw<Row[]>`
          WITH q AS MATERIALIZED (SELECT ${selected}::text AS selected, ${selectionPieces(selected)}::text[] AS pieces),
          candidates AS MATERIALIZED (
            SELECT DISTINCT w."versionId", w.ordinal
            FROM q CROSS JOIN unnest(q.pieces) AS p(piece) JOIN "SourceBlockWindow" AS w ON w.text %> p.piece),
          scored AS (
            SELECT s.slug AS "sourceSlug", s.title AS "sourceTitle", b.ordinal, b.start, b.text, word_similarity(q.selected, b.text)::float8 AS score
            FROM candidates AS c JOIN "Source" AS s ON s."currentVersionId" = c."versionId"
              JOIN "SourceBlock" AS b ON b."versionId" = c."versionId" AND b.ordinal = c.ordinal, q
            WHERE s.id <> ${source.id} AND ${readable})
          SELECT "sourceSlug", "sourceTitle", start, text, score FROM scored
          WHERE score >= ${THRESHOLD}
          ORDER BY score DESC, "sourceSlug", ordinal LIMIT ${SIMILAR_LIMIT}`;
      })
    : await db.$queryRaw<Row[]>`
        WITH q AS (SELECT replace(plainto_tsquery('palimpsest_english'::regconfig, ${selected})::text, ' & ', ' | ')::tsquery AS query)
        SELECT s.slug AS "sourceSlug", s.title AS "sourceTitle", b.start, b.text, ts_rank(b."searchVector", q.query, 1)::float8 AS score
        FROM "SourceBlock" AS b JOIN "Source" AS s ON s."currentVersionId" = b."versionId", q
        WHERE b."searchVector" @@ q.query AND s.id <> ${source.id} AND ${readable}
        ORDER BY score DESC, s.slug, b.ordinal LIMIT ${SIMILAR_LIMIT}`;
  return {
    results: rows.map((row) => {
      const window = bestWindow(row.text, selected);
      return {
        sourceSlug: row.sourceSlug,
        sourceTitle: row.sourceTitle,
        start: row.start + window.start,
        end: row.start + window.end,
        snippet: plainSnippet(row.text.slice(window.start, window.end), 320).text,
        score: row.score,
      };
    }),
  };
}

/** Half a window's words (20261204200001_block_windows): each piece lies whole in some window. */
const PIECE_WORDS = 40;

/** The selection cut into runs of PIECE_WORDS words, the last one reaching back to be as long. */
export function selectionPieces(selected: string): string[] {
  const words = selected.split(" ");
  if (words.length <= PIECE_WORDS) return [selected];
  const pieces: string[] = [];
  for (let at = 0; at < words.length; at += PIECE_WORDS) {
    const from = Math.max(0, Math.min(at, words.length - PIECE_WORDS));
    pieces.push(words.slice(from, from + PIECE_WORDS).join(" "));
  }
  return pieces;
}

/** The selection's words, from the blocks it touches: the whole 280 KB text need not travel. */
async function selectedText(db: Db, versionId: string | null, start: number, end: number): Promise<string> {
  // One round trip: the version's length (a selection past it is refused) and the blocks.
  const rows =
    versionId === null
      ? []
      : await db.$queryRaw<{ length: number; start: number | null; text: string | null }[]>`
          SELECT v.length, b.start, b.text FROM "SourceVersion" AS v
            LEFT JOIN "SourceBlock" AS b ON b."versionId" = v.id AND b."end" > ${start} AND b.start < ${end}
          WHERE v.id = ${versionId} ORDER BY b.ordinal`;
  if (rows.length === 0 || end > rows[0]!.length) throw new AppError("invalid_input", "end: the selection goes past the end of the text.");
  return rows
    .flatMap((b) => (b.start === null || b.text === null ? [] : [b.text.slice(Math.max(0, start - b.start), end - b.start)]))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

const trigramsOn = new WeakMap<Db, Promise<boolean>>();

/** Whether the database has pg_trgm (the search migration installs it where it can). */
function hasTrigrams(db: Db): Promise<boolean> {
  let known = trigramsOn.get(db);
  if (known === undefined) {
    known = db.$queryRaw<{ on: boolean }[]>`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS on`.then(([row]) => row?.on === true);
    trigramsOn.set(db, known);
    known.catch(() => trigramsOn.delete(db));
  }
  return known;
}
