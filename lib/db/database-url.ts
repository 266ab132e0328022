// Decides which Postgres a command uses: DATABASE_URL when set, else the embedded one.
// The embedded data folder belongs to one process, so a command run while the app is
// up goes through the app's socket (recorded in RUNTIME_FILE) instead of opening it.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";

export const DATA_DIR = path.resolve(process.cwd(), ".data");
export const EMBEDDED_DIR = path.join(DATA_DIR, "pglite");
const RUNTIME_FILE = path.join(DATA_DIR, "embedded-server.json");
/** The embedded database's password, made on first start; readable by this user only. */
export const PASSWORD_FILE = path.join(DATA_DIR, "embedded-password");

export interface OpenDatabase {
  url: string;
  /** Where the data lives, for people: printed at start. */
  description: string;
  embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

export async function openDatabase(options: { serve?: boolean; port?: number } = {}): Promise<OpenDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured !== undefined && configured !== "") {
    return { url: configured, description: `Postgres at ${redact(configured)} (DATABASE_URL)`, embedded: null, close: async () => {} };
  }
  const running = await runningEmbeddedServer();
  if (running !== null) {
    if (options.serve === true) {
      throw new Error(`The embedded database is already served by process ${running.pid} (is Palimpsest already running?).`);
    }
    markEmbedded();
    return { url: running.url, description: `embedded Postgres of the running app (pid ${running.pid})`, embedded: null, close: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DIR, port: options.port ?? 0, password: await embeddedPassword() });
  markEmbedded();
  if (options.serve === true) {
    // It holds the URL with the password: as private as the password file.
    await writeFile(RUNTIME_FILE, JSON.stringify({ pid: process.pid, url: embedded.url }), { mode: 0o600 });
  }
  return {
    url: embedded.url,
    description: `embedded Postgres (PGlite), data in ${path.relative(process.cwd(), EMBEDDED_DIR)}/`,
    embedded,
    async close() {
      if (options.serve === true) await rm(RUNTIME_FILE, { force: true });
      await embedded.stop();
    },
  };
}

/**
 * Tells this process and the children it starts (next start) that the database is
 * the embedded one: one-connection pool, in-process live updates (lib/db/client.ts).
 */
export function markEmbedded(): void {
  process.env.PALIMPSEST_EMBEDDED_DB = "1";
}

/** The data folder's password: read, or made once (random, mode 0600). */
export async function embeddedPassword(file = PASSWORD_FILE): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(path.dirname(file), { recursive: true });
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, password, { mode: 0o600, flag: "wx" });
  return password;
}

/** The `npm start` process serving the embedded database, if one is running. */
export async function runningEmbeddedServer(): Promise<{ pid: number; url: string } | null> {
  if (!existsSync(RUNTIME_FILE)) return null;
  try {
    const info: unknown = JSON.parse(await readFile(RUNTIME_FILE, "utf8"));
    if (typeof info !== "object" || info === null || !("pid" in info) || !("url" in info)) return null;
    const { pid, url } = info;
    if (typeof pid !== "number" || typeof url !== "string") return null;
    process.kill(pid, 0); // throws when the process is gone
    return { pid, url };
  } catch {
    // A stale file from a crashed run: the folder is free again.
    await rm(RUNTIME_FILE, { force: true });
    return null;
  }
}

export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== "") u.password = "***";
    return `${u.host}${u.pathname}`;
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}
