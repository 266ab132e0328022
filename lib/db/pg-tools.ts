// Postgres' own client programs (pg_dump, pg_restore) for backups of a server. The
// newest installed one is used, and it must be at least the server's major version:
// pg_dump refuses a newer server, and only a pg_restore as new as the archive reads it.
import { execFile, spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { promisify } from "node:util";

export type PgTool = "pg_dump" | "pg_restore";

export interface FoundTool {
  path: string;
  major: number;
  version: string;
}

const DEBIAN_ROOT = "/usr/lib/postgresql";
const run = promisify(execFile);

/** Debian keeps one folder per major version; elsewhere the tool is on PATH. */
function candidates(tool: PgTool): string[] {
  const versioned = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT).map((v) => `${DEBIAN_ROOT}/${v}/bin/${tool}`).filter((p) => existsSync(p))
    : [];
  return [...versioned, tool];
}

async function versionOf(path: string): Promise<FoundTool | null> {
  try {
    const { stdout } = await run(path, ["--version"]);
    const match = /(\d+)(?:\.(\d+))?/.exec(stdout);
    if (match === null) return null;
    return { path, major: Number(match[1]), version: match[0] };
  } catch {
    return null;
  }
}

export type FindToolResult = { ok: true; tool: FoundTool } | { ok: false; error: string };

export async function findPgTool(tool: PgTool, serverMajor: number): Promise<FindToolResult> {
  const found = (await Promise.all(candidates(tool).map(versionOf))).filter((t): t is FoundTool => t !== null);
  const newest = found.sort((a, b) => b.major - a.major)[0];
  if (newest === undefined) {
    return { ok: false, error: `${tool} is not installed. Install Postgres' client programs (Debian: apt-get install postgresql-client).` };
  }
  if (newest.major < serverMajor) {
    return {
      ok: false,
      error: `${tool} ${newest.version} cannot work with a Postgres ${serverMajor} server. Install the client programs of version ${serverMajor} or later (Debian: apt-get install postgresql-client-${serverMajor}).`,
    };
  }
  return { ok: true, tool: newest };
}

// Prisma's own URL parameters: libpq refuses a URI it does not know ("invalid URI query parameter").
const PRISMA_ONLY_PARAMS = ["schema", "connection_limit", "pool_timeout", "sslaccept", "pgbouncer", "statement_cache_size", "socket_timeout", "sslidentity"];

/**
 * The URL for libpq without its password, which goes in PGPASSWORD instead: a
 * command line is visible to every local user in `ps`.
 */
export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  for (const param of PRISMA_ONLY_PARAMS) u.searchParams.delete(param);
  return { dbname: u.toString(), env: password === "" ? {} : { PGPASSWORD: password } };
}

export interface ToolRun {
  code: number;
  stderr: string;
}

export function runPgTool(tool: FoundTool, args: string[], env: Record<string, string>): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal === null ? 1 : 128), stderr: stderr.trim() }));
  });
}
