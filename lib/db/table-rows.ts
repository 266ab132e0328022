// Tables of a database and their row counts, for the backup's report and the
// restore's "is it empty?" check. Works on any client that answers a query with rows.

export interface TableRows {
  table: string;
  rows: number;
}

export type RowsQuery = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

/** Ordinary tables outside Postgres' own schemas ("schema"."table" unless public). */
export async function listTables(query: RowsQuery): Promise<string[]> {
  const { rows } = await query(
    `SELECT CASE WHEN table_schema = 'public' THEN quote_ident(table_name)
                 ELSE quote_ident(table_schema) || '.' || quote_ident(table_name) END AS name
     FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
       AND table_schema NOT LIKE 'pg\\_%'
     ORDER BY 1`,
  );
  return rows.map((r) => String(r.name));
}

export async function countRows(query: RowsQuery): Promise<TableRows[]> {
  const tables = await listTables(query);
  const counts: TableRows[] = [];
  for (const table of tables) {
    const { rows } = await query(`SELECT count(*)::int AS n FROM ${table}`);
    counts.push({ table, rows: Number(rows[0]?.n ?? 0) });
  }
  return counts;
}

export function summarizeRows(counts: TableRows[]): string {
  const total = counts.reduce((sum, c) => sum + c.rows, 0);
  return `${counts.length} tables, ${total.toLocaleString("en")} rows`;
}

/** The refusal a restore gives for a database that already holds tables. */
export function notEmptyMessage(where: string, tables: string[], advice: string): string {
  const shown = tables.slice(0, 5).join(", ");
  const more = tables.length > 5 ? ` and ${tables.length - 5} more` : "";
  return `${where} is not empty (${tables.length} tables: ${shown}${more}); a restore loads into an empty database only. ${advice}`;
}
