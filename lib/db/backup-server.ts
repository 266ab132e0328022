// Backups of a Postgres server with its own tools: pg_dump's custom-format archive,
// and pg_restore into an empty database. Progress goes to `log`; failures come back
// as messages to show as they are.
import { rename, rm, stat } from "node:fs/promises";
import pg from "pg";
import { isEmbeddedVersion } from "./embedded-version";
import { findPgTool, libpqConnection, runPgTool, type PgTool } from "./pg-tools";
import { countRows, listTables, notEmptyMessage, summarizeRows, type TableRows } from "./table-rows";

export type Log = (line: string) => void;

export type BackupResult =
  | { ok: true; file: string; bytes: number; tables: TableRows[]; seconds: number }
  | { ok: false; error: string };

interface ServerInfo {
  major: number;
  name: string;
  client: pg.Client;
}

async function connect(url: string): Promise<{ ok: true; server: ServerInfo } | { ok: false; error: string }> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    return { ok: false, error: `Cannot connect to the database at ${describeUrl(url)}: ${messageOf(error)}` };
  }
  const { rows } = await client.query<{ num: number; version: string; db: string }>(
    "SELECT current_setting('server_version_num')::int AS num, version() AS version, current_database() AS db",
  );
  const row = rows[0];
  if (row === undefined) throw new Error("the server did not say its version");
  if (isEmbeddedVersion(row.version)) {
    await client.end();
    return {
      ok: false,
      error: "This DATABASE_URL is the embedded database (PGlite), which pg_dump cannot read. Unset DATABASE_URL, stop the app, and run the command again: it then copies the embedded data folder.",
    };
  }
  return { ok: true, server: { major: Math.floor(row.num / 10000), name: `database "${row.db}" on ${describeUrl(url)}`, client } };
}

async function toolFor(tool: PgTool, server: ServerInfo) {
  const found = await findPgTool(tool, server.major);
  if (!found.ok) await server.client.end();
  return found;
}

export async function backupServer({ url, file, log }: { url: string; file: string; log: Log }): Promise<BackupResult> {
  const started = performance.now();
  const connected = await connect(url);
  if (!connected.ok) return connected;
  const { server } = connected;
  const tables = await countRows((sql) => server.client.query(sql));
  const found = await toolFor("pg_dump", server);
  if (!found.ok) return found;
  await server.client.end();

  log(`Dumping the ${server.name} (${summarizeRows(tables)}) with pg_dump ${found.tool.version}...`);
  // Written beside the target and renamed at the end, so a dump that fails or is
  // interrupted never leaves a file that looks like a finished backup.
  const partial = `${file}.partial`;
  const { dbname, env } = libpqConnection(url);
  const result = await runPgTool(found.tool, ["--format=custom", `--file=${partial}`, `--dbname=${dbname}`], env);
  if (result.code !== 0) {
    await rm(partial, { force: true });
    return { ok: false, error: `pg_dump failed (exit ${result.code}): ${result.stderr || "no message"}` };
  }
  await rename(partial, file);
  const { size } = await stat(file);
  return { ok: true, file, bytes: size, tables, seconds: (performance.now() - started) / 1000 };
}

export type RestoreResult = { ok: true; tables: TableRows[]; seconds: number } | { ok: false; error: string };

export async function restoreServer({ url, file, log }: { url: string; file: string; log: Log }): Promise<RestoreResult> {
  const started = performance.now();
  const connected = await connect(url);
  if (!connected.ok) return connected;
  const { server } = connected;
  const existing = await listTables((sql) => server.client.query(sql));
  if (existing.length > 0) {
    await server.client.end();
    const advice = "Create an empty database (createdb NAME, or CREATE DATABASE NAME in psql), point DATABASE_URL at it, and run the restore again.";
    return { ok: false, error: notEmptyMessage(`The ${server.name}`, existing, advice) };
  }
  const found = await toolFor("pg_restore", server);
  if (!found.ok) return found;

  log(`Restoring ${file} into the ${server.name} with pg_restore ${found.tool.version}...`);
  const { dbname, env } = libpqConnection(url);
  // One transaction: a restore that fails part-way leaves the database empty, not half full.
  // Owners and grants are left out because the target's roles need not match the source's.
  const args = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${dbname}`, file];
  const result = await runPgTool(found.tool, args, env);
  if (result.code !== 0) {
    await server.client.end();
    return { ok: false, error: `pg_restore failed (exit ${result.code}); nothing was restored: ${result.stderr || "no message"}` };
  }
  const tables = await countRows((sql) => server.client.query(sql));
  await server.client.end();
  return { ok: true, tables, seconds: (performance.now() - started) / 1000 };
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.host;
  } catch {
    return "(unparsable URL)";
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
