import { type Access, groupIdsOf } from "@/lib/access";
import { readableSourcesSql } from "@/lib/annotations/visible-sql";
import type { Db } from "@/lib/db/client";
import { parseInput } from "@/lib/http";
import { readableSourcesWhere } from "@/lib/policy";
import { TextMatchQuery } from "./schemas";
import { QUERY, tsquerySql } from "./search-sql";

export interface CountTextMatchesOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  /** Untrusted query string values, parsed with TextMatchQuery. */
  input: unknown;
}

/** For the library's filter: how many passages of each readable source's current text hold the words, by slug. */
export async function countTextMatches({ db, actor, input }: CountTextMatchesOptions): Promise<{ counts: Record<string, number> }> {
  const { q } = parseInput(TextMatchQuery, input);
  const rows = await db.$queryRaw<{ slug: string; count: number }[]>`
    WITH q AS (SELECT ${tsquerySql(q)} AS query)
    SELECT s.slug, count(*)::int AS count
    FROM "SourceBlock" AS b JOIN "Source" AS s ON s."currentVersionId" = b."versionId"
    WHERE b."searchVector" @@ ${QUERY} AND ${readableSourcesSql(readableSourcesWhere(groupIdsOf(actor)))}
    GROUP BY s.slug`;
  return { counts: Object.fromEntries(rows.map((r) => [r.slug, r.count])) };
}
