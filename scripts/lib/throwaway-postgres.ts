// A Postgres server of our own that a test may stop and start: initdb into a temp
// folder and pg_ctl on a free port, as the postgres user when we are root (Postgres
// refuses to run as root). Needs the server binaries (Debian's postgresql package;
// scripts/test.ts installs it when missing).
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../lib/net/free-port";
import { promisify } from "node:util";

const exec = promisify(execFile);

export interface ThrowawayPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  destroy(): Promise<void>;
}

/** The newest installed server's bin folder, or null when none is installed. */
export function postgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest === undefined ? null : path.join(root, newest, "bin");
}

/** Tests need no durability: without fsync a cluster starts and writes faster. */
const TEST_SETTINGS: Record<string, string> = { fsync: "off", full_page_writes: "off" };

/** `settings` are server settings (`-c name=value`); the load run asks for durable ones. */
export async function startThrowawayPostgres(settings: Record<string, string> = TEST_SETTINGS): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  if (bin === null) throw new Error("No Postgres server binaries (initdb) found: `apt-get install postgresql`, or run `npm test`, which installs it.");
  const dir = await mkdtemp(path.join(os.tmpdir(), "palimpsest-pg-"));
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    asRoot ? exec("runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]) : exec(path.join(bin, tool), args);
  if (asRoot) {
    const { stdout } = await exec("id", ["-u", "postgres"]);
    const uid = Number(stdout.trim());
    await chown(dir, uid, uid);
  }
  const data = path.join(dir, "data");
  await run("initdb", ["-D", data, "-A", "trust", "-U", "postgres"]);
  const port = await freePort();
  const extra = Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`);
  const options = [`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, ...extra].join(" ");
  const start = async () => {
    await run("pg_ctl", ["-D", data, "-w", "-l", path.join(dir, "log"), "-o", options, "start"]);
  };
  const stop = async () => {
    await run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
  };
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    async destroy() {
      await stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

