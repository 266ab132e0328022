// Reads the shape of the live database's public schema (see schema-shape.ts).
import pg from "pg";
import { foreignKeyKey, indexKey, type SchemaShape, type TableShape } from "./schema-shape";

const ON_DELETE: Record<string, string> = { a: "no action", r: "restrict", c: "cascade", n: "set null", d: "set default" };

export async function introspectShape(connectionString: string): Promise<SchemaShape> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const tables: Record<string, TableShape> = {};
    const table = (name: string) => (tables[name] ??= { columns: {}, indexes: [], foreignKeys: [] });

    const columns = await client.query<{ table: string; column: string; type: string; nullable: boolean }>(`
      SELECT c.relname::text AS table, a.attname::text AS column, a.attnotnull = false AS nullable,
             CASE WHEN t.typtype = 'e' THEN 'enum ' || t.typname
                  WHEN et.typtype = 'e' THEN 'enum ' || et.typname || '[]'
                  ELSE format_type(a.atttypid, a.atttypmod) END AS type
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
      WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`);
    for (const row of columns.rows) {
      table(row.table).columns[row.column] = { type: row.type, nullable: row.nullable };
    }

    const indexes = await client.query<{ table: string; primary: boolean; unique: boolean; columns: string[] }>(`
      SELECT c.relname::text AS table, i.indisprimary AS primary, i.indisunique AS unique,
             array_agg(a.attname::text ORDER BY k.ord) AS columns
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE c.relname <> '_prisma_migrations'
      GROUP BY c.relname, i.indexrelid, i.indisprimary, i.indisunique`);
    for (const row of indexes.rows) {
      table(row.table).indexes.push(indexKey(row.primary ? "primary" : row.unique ? "unique" : "index", row.columns));
    }

    const keys = await client.query<{ table: string; columns: string[]; ref: string; refColumns: string[]; onDelete: string }>(`
      SELECT c.relname::text AS table, rc.relname::text AS ref, con.confdeltype::text AS "onDelete",
             (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(n, ord)
                JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n) AS columns,
             (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(n, ord)
                JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) AS "refColumns"
      FROM pg_constraint con
      JOIN pg_class c ON c.oid = con.conrelid
      JOIN pg_class rc ON rc.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      WHERE con.contype = 'f'`);
    for (const row of keys.rows) {
      table(row.table).foreignKeys.push(foreignKeyKey(row.columns, row.ref, row.refColumns, ON_DELETE[row.onDelete] ?? row.onDelete));
    }

    const enums = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
      GROUP BY t.typname`);
    return { tables, enums: Object.fromEntries(enums.rows.map((r) => [r.name, r.values])) };
  } finally {
    await client.end();
  }
}
