// `npm start`: build when needed, migrate, load the starter corpus into an empty
// database, and serve on PORT (3000). Without DATABASE_URL it serves the embedded
// Postgres from this process, so `next start` runs as a child connected to it.
import { spawn } from "node:child_process";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { DATA_DIR, openDatabase } from "@/lib/db/database-url";
import { migrate } from "@/lib/db/migrate";
import { loadStarterCorpus } from "@/lib/sources/starter-corpus";
import { ensureAuthSecret } from "./lib/auth-secret";
import { buildIsCurrent, sourceHash, writeBuildStamp } from "./lib/build-stamp";
import { run } from "./lib/run";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const tsxCli = path.join(root, "node_modules/tsx/dist/cli.mjs");

async function main(): Promise<void> {
  if (!dev) {
    const hash = await sourceHash(root);
    if (await buildIsCurrent(root, hash)) {
      console.log("Build is up to date.");
    } else {
      console.log("Building the app (first run or sources changed)...");
      await run(process.execPath, [tsxCli, "scripts/prisma.ts", "generate"]);
      await run(process.execPath, [nextBin, "build"]);
      await writeBuildStamp(root, hash);
    }
  }

  const database = await openDatabase({ serve: true });
  const migrated = await migrate(database.url, path.join(root, "prisma/migrations"));
  if (!migrated.ok) throw new Error(migrated.error);
  if (migrated.applied.length > 0) console.log(`Applied migrations: ${migrated.applied.join(", ")}`);

  const db = createDb(database.url);
  const corpus = await loadStarterCorpus(db, path.join(root, "prisma/corpus"));
  await db.$disconnect();
  if (corpus.loaded) {
    for (const { file, result } of corpus.results) {
      console.log(result.ok ? `Loaded ${file} as "${result.stored.slug}"` : `Could not load ${file}: ${result.error.message}`);
    }
  }

  const auth = await ensureAuthSecret(DATA_DIR);
  if (auth.note !== null) console.log(auth.note);

  // scripts/serve.ts is `next start` with the client's address resolved from the socket.
  const server = spawn(process.execPath, [tsxCli, "scripts/serve.ts", ...(dev ? ["--dev"] : []), "-p", port], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: dev ? "development" : "production",
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: auth.secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    },
  });
  console.log(`Palimpsest is serving http://localhost:${port}`);
  console.log(`Database: ${database.description}`);

  const shutdown = async (code: number): Promise<never> => {
    server.kill("SIGTERM");
    await database.close().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  server.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
