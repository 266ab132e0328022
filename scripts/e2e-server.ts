// The app as the end-to-end suite sees it: a fresh database with the starter corpus,
// served by the production build on E2E_PORT. Started by playwright.config.ts.
import { spawn } from "node:child_process";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { loadStarterCorpus } from "@/lib/sources/starter-corpus";
import { createTestDatabase } from "./lib/test-databases";

const root = process.cwd();
const port = process.env.E2E_PORT ?? "3100";

const given = process.env.E2E_DATABASE_URL;
const database = given !== undefined && given !== "" ? null : await createTestDatabase("e2e");
const url = given !== undefined && given !== "" ? given : (database?.url ?? "");

const migrated = await migrate(url, path.join(root, "prisma/migrations"));
if (!migrated.ok) throw new Error(migrated.error);
const db = createDb(url);
await loadStarterCorpus(db, path.join(root, "prisma/corpus"));
await db.$disconnect();

const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "-p", port, "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  },
});
const stop = async () => {
  server.kill("SIGTERM");
  await database?.drop();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
server.on("exit", () => void stop());
