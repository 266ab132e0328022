// After the run: every acknowledged write (a 2xx answer) must be stored exactly once.
// Each write carried a unique marker as its whole text, so counting is a query.
import pg from "pg";
import type { Acknowledged } from "./traffic";

export interface WriteCheck {
  kind: string;
  acknowledged: number;
  lost: string[];
  duplicated: string[];
  /** Stored without a 2xx the client saw: answered after the clock ran out. */
  unacknowledged: number;
}

const TABLES = { create: '"Annotation"', edit: '"AnnotationRevision"', reply: '"Reply"' } as const;

export async function verifyWrites(databaseUrl: string, run: string, acked: Acknowledged): Promise<WriteCheck[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const check = async (kind: keyof typeof TABLES, markers: string[]): Promise<WriteCheck> => {
      const { rows } = await client.query<{ text: string; n: number }>(
        `SELECT "bodyText" AS text, count(*)::int AS n FROM ${TABLES[kind]} WHERE "bodyText" LIKE $1 GROUP BY 1`,
        [`${run}-${kind}-%`],
      );
      const stored = new Map(rows.map((r) => [r.text.trim(), r.n]));
      const wanted = new Set(markers);
      return {
        kind,
        acknowledged: markers.length,
        lost: markers.filter((m) => !stored.has(m)),
        duplicated: [...stored].filter(([, n]) => n > 1).map(([m]) => m),
        unacknowledged: [...stored.keys()].filter((m) => !wanted.has(m)).length,
      };
    };
    const edits = await check("edit", acked.edits.map((e) => e.marker));
    // An acknowledged edit is also the note's text unless a later one replaced it.
    const last = new Map(acked.edits.map((e) => [e.id, e.marker]));
    const { rows } = await client.query<{ id: string; text: string }>(`SELECT id, "bodyText" AS text FROM "Annotation" WHERE id = ANY($1::text[])`, [[...last.keys()]]);
    for (const row of rows) {
      const marker = last.get(row.id);
      const text = row.text.trim();
      // A later edit answered after the clock stopped may have replaced it: that one is stored too.
      if (marker !== undefined && text !== marker && !text.startsWith(`${run}-edit-`)) edits.lost.push(`${marker} (note ${row.id} reads "${text.slice(0, 40)}")`);
    }
    return [await check("create", acked.creates), edits, await check("reply", acked.replies)];
  } finally {
    await client.end();
  }
}
