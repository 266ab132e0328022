// `npm start`: build when needed, migrate, load the starter corpus into an empty
// database, and serve on PORT (3000). Without DATABASE_URL it serves the embedded
// Postgres from this process, so `next start` runs as a child connected to it.
import { spawn } from "node:child_process";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { DATA_DIR, openDatabase } from "@/lib/db/database-url";
import { migrate } from "@/lib/db/migrate";
import { loadStarterCorpus } from "@/lib/sources/starter-corpus";
import { backfillCitations } from "@/lib/sources/version-citations";
import { ensureAuthSecret } from "./lib/auth-secret";
import { LOCK_KEYS, withAdvisoryLock } from "@/lib/db/advisory-lock";
import { ensureBuild } from "./lib/build-stamp";
import { describeServerExit, listenHost } from "./lib/server-exit";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

async function main(): Promise<void> {
  if (!dev && !(await ensureBuild(root, { message: "Building the app (first run or sources changed)..." }))) {
    console.log("Build is up to date.");
  }

  const database = await openDatabase({ serve: true });
  const migrated = await migrate(database.url, path.join(root, "prisma/migrations"));
  if (!migrated.ok) throw new Error(migrated.error);
  if (migrated.applied.length > 0) console.log(`Applied migrations: ${migrated.applied.join(", ")}`);

  const db = createDb(database.url);
  // Instances starting at once take turns, so only the one that loads the corpus says so.
  const corpus = await withAdvisoryLock(database.url, LOCK_KEYS.starterCorpus, () => loadStarterCorpus(db, path.join(root, "prisma/corpus")));
  // Texts stored before citations were parsed at import (see the migration source_citations).
  const backfilled = await backfillCitations({ db });
  if (backfilled > 0) console.log(`Parsed the citations of ${backfilled} stored text version(s).`);
  await db.$disconnect();
  if (corpus.loaded) {
    for (const { file, result } of corpus.results) {
      console.log(result.ok ? `Loaded ${file} as "${result.stored.slug}"` : `Could not load ${file}: ${result.error.message}`);
    }
  }

  if ((process.env.ADMIN_EMAILS ?? "") !== "") {
    console.warn("ADMIN_EMAILS is no longer read (emails are not verified): name administrators by id in ADMIN_USER_IDS (npm run admins -- <email>).");
  }
  const auth = await ensureAuthSecret(DATA_DIR);
  if (auth.note !== null) console.log(auth.note);

  const host = listenHost(process.env, database.embedded !== null);
  // scripts/serve.ts is `next start` with the client's address resolved from the socket.
  const serve = ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : []), "-p", port, ...(host === null ? [] : ["-H", host])];
  const server = spawn(process.execPath, serve, {
    // The IPC channel closes when this process dies, however it dies (even SIGKILL):
    // the server then stops itself (instrumentation.ts) instead of holding the port.
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: {
      ...process.env,
      NODE_ENV: dev ? "development" : "production",
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: auth.secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      PALIMPSEST_SUPERVISED: "1",
    },
  });
  console.log(`Palimpsest is serving http://${host ?? "localhost"}:${port}${host === null ? " (on every interface)" : ""}`);
  console.log(`Database: ${database.description}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`Received ${signal}: stopping the server...`);
    server.kill(signal);
    // A server that does not stop in time is killed, so the port is free afterwards.
    setTimeout(() => server.kill("SIGKILL"), 10_000).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stop(signal));
  server.on("exit", (code, signal) => {
    const exit = describeServerExit(code, signal, stopping);
    (exit.code === 0 ? console.log : console.error)(exit.message);
    void database.close().catch(() => undefined).then(() => process.exit(exit.code));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
