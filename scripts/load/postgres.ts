// The load test's database: a fresh database on DATABASE_URL's server (dropped
// afterwards), or without DATABASE_URL a throwaway Postgres cluster in a temp folder.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@/lib/net/free-port";
import { createTestDatabase } from "../lib/test-databases";

export interface LoadDatabase {
  url: string;
  description: string;
  stop(): Promise<void>;
}

export async function loadDatabase(): Promise<LoadDatabase> {
  const server = process.env.DATABASE_URL;
  if (server !== undefined && server !== "") {
    // The load stays on this machine: its Postgres too, not a shared or remote server.
    const host = new URL(server).hostname;
    if (!["127.0.0.1", "localhost", "[::1]", "::1"].includes(host)) {
      throw new Error(`npm run load sends its load to this machine only, and DATABASE_URL names ${host}. Unset DATABASE_URL to use a throwaway cluster.`);
    }
    // Never the configured database itself: the test writes thousands of rows.
    const database = await createTestDatabase("load");
    return { url: database.url, description: `${database.description} (fresh, dropped afterwards)`, stop: database.drop };
  }
  return throwawayCluster();
}

function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin/initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest === undefined) {
    throw new Error("No Postgres server is installed for a throwaway cluster (apt-get install postgresql), and DATABASE_URL is not set.");
  }
  return path.join(root, newest, "bin");
}

/** initdb refuses to run as root: as root, the cluster runs as the postgres user. */
function asOwner(command: string, args: string[]): void {
  const root = process.getuid?.() === 0;
  const result = root
    ? spawnSync("runuser", ["-u", "postgres", "--", command, ...args], { encoding: "utf8" })
    : spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed: ${result.stderr || result.stdout}`);
}

async function throwawayCluster(): Promise<LoadDatabase> {
  const bin = postgresBin();
  const dir = await mkdtemp(path.join(tmpdir(), "palimpsest-load-pg-"));
  await chmod(dir, 0o777);
  const data = path.join(dir, "data");
  const port = await freePort();
  asOwner(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres"]);
  // Sized like a small managed instance; the two app instances' pools need 10.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50 -c shared_buffers=256MB`;
  asOwner(path.join(bin, "pg_ctl"), ["-D", data, "-w", "-l", path.join(dir, "log"), "-o", options, "start"]);
  const version = path.basename(path.dirname(bin));
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    description: `throwaway Postgres ${version} cluster on 127.0.0.1:${port}`,
    async stop() {
      try {
        asOwner(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "stop"]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
