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
 * pg_trgm's word_similarity over their current blocks (GIN trigram index), or, where
 * the server lacks pg_trgm, full-text rank of the selection's words.
 */
export async function findElsewhere({ db, actor, sourceId, input }: FindElsewhereOptions): Promise<{ results: SimilarPassageDto[] }> {
  const { start, end } = parseInput(FindElsewhereQuery, input);
  const source = await readableSource(db, actor, sourceId);
  const selected = await selectedText(db, source.currentVersionId, start, end);
  if (selected.length < 3) throw new AppError("invalid_input", "end: select a few words to find elsewhere.");
  const readable = readableSourcesSql(readableSourcesWhere(groupIdsOf(actor)));
  const rows = (await hasTrigrams(db))
    ? await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(THRESHOLD)}, true)`;
        // A corpus of a few thousand paragraphs looks small enough to the planner to read
        // whole, but that computes word_similarity for every paragraph: use the index.
        await tx.$queryRaw`SELECT set_config('enable_seqscan', 'off', true)`;
        return tx.$queryRaw<Row[]>`
          SELECT s.slug AS "sourceSlug", s.title AS "sourceTitle", b.start, b.text, word_similarity(${selected}, b.text)::float8 AS score
          FROM "SourceBlock" AS b JOIN "Source" AS s ON s."currentVersionId" = b."versionId"
          WHERE ${selected} <% b.text AND s.id <> ${source.id} AND ${readable}
          ORDER BY score DESC, s.slug, b.ordinal LIMIT ${SIMILAR_LIMIT}`;
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

/** The selection's words, from the blocks it touches: the whole 280 KB text need not travel. */
async function selectedText(db: Db, versionId: string | null, start: number, end: number): Promise<string> {
  const version = versionId === null ? null : await db.sourceVersion.findUnique({ where: { id: versionId }, select: { length: true } });
  if (version === null || end > version.length) throw new AppError("invalid_input", "end: the selection goes past the end of the text.");
  const blocks = await db.sourceBlock.findMany({
    where: { versionId: versionId ?? "", end: { gt: start }, start: { lt: end } },
    orderBy: { ordinal: "asc" },
    select: { start: true, text: true },
  });
  return blocks
    .map((b) => b.text.slice(Math.max(0, start - b.start), end - b.start))
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
