// Starts the production build against a fresh database with the starter corpus, for
// benchmarks. The caller stops it.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { loadStarterCorpus } from "@/lib/sources/starter-corpus";
import { createTestDatabase, type TestDatabase } from "../lib/test-databases";

export interface BenchApp {
  baseUrl: string;
  db: Db;
  databaseUrl: string;
  stop(): Promise<void>;
}

export async function startBenchApp(port: number): Promise<BenchApp> {
  const root = process.cwd();
  const database: TestDatabase = await createTestDatabase("bench");
  const migrated = await migrate(database.url, path.join(root, "prisma/migrations"));
  if (!migrated.ok) throw new Error(migrated.error);
  const db = createDb(database.url);
  await loadStarterCorpus(db, path.join(root, "prisma/corpus"));
  // Measured as npm start serves it (scripts/serve.ts: `next start` plus the socket's address).
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts"), "-p", String(port)], {
    stdio: "ignore",
    env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: "bench", NEXTAUTH_URL: `http://127.0.0.1:${port}` },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForServer(baseUrl);
  return {
    baseUrl,
    db,
    databaseUrl: database.url,
    async stop() {
      server.kill("SIGTERM");
      await db.$disconnect();
      await database.drop();
    },
  };
}

async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer at ${url} within 60 s`);
}
