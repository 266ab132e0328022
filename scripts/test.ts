// `npm test`: unit, integration (real Postgres) and end-to-end (real Chromium) suites.
// `npm test -- unit|integration|e2e` runs one of them.
import { existsSync } from "node:fs";
import path from "node:path";
import { ensureBuild } from "./lib/build-stamp";
import { rm } from "node:fs/promises";
import { run } from "./lib/run";
import { createTestDatabase } from "./lib/test-databases";
import { postgresBinDir } from "./lib/throwaway-postgres";
import { playwrightCounts, summaryLine, vitestCounts, type Counts } from "./lib/test-summary";

const root = process.cwd();
const bin = (p: string) => path.join(root, "node_modules", p);
const vitest = bin("vitest/vitest.mjs");
const suites = process.argv.slice(2).filter((a) => ["unit", "integration", "e2e"].includes(a));
const wanted = (suite: string) => suites.length === 0 || suites.includes(suite);
// Not test-results/: Playwright empties that folder when it starts.
const reports = path.join(root, ".test-reports");
const report = (suite: string) => path.join(reports, `${suite}.json`);
const vitestArgs = (project: string) => [vitest, "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report(project)}`];

async function ensureChromium(): Promise<void> {
  if (existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) return;
  console.log("Chromium is missing: installing Debian's chromium with apt-get...");
  await run("apt-get", ["update"]);
  await run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

/** The fault tests start a Postgres server of their own (scripts/lib/throwaway-postgres.ts). */
async function ensurePostgresServer(): Promise<void> {
  if (postgresBinDir() !== null) return;
  console.log("Postgres server binaries are missing: installing Debian's postgresql with apt-get...");
  await run("apt-get", ["update"]);
  await run("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

async function withDatabase(purpose: string, body: (url: string) => Promise<void>): Promise<void> {
  const database = await createTestDatabase(purpose);
  console.log(`${purpose} suite database: ${database.description}`);
  try {
    await body(database.url);
  } finally {
    await database.drop();
  }
}

async function main(): Promise<void> {
  await rm(reports, { recursive: true, force: true });
  if (wanted("unit")) await run(process.execPath, vitestArgs("unit"));
  if (wanted("integration")) {
    await ensurePostgresServer();
    await withDatabase("integration", (url) =>
      run(process.execPath, vitestArgs("integration"), { env: { ...process.env, TEST_DATABASE_URL: url } }),
    );
  }
  if (wanted("e2e")) {
    await ensureChromium();
    await ensurePostgresServer();
    await ensureBuild(root);
    await withDatabase("e2e", (url) =>
      run(process.execPath, [bin("@playwright/test/cli.js"), "test"], {
        env: { ...process.env, E2E_DATABASE_URL: url, PLAYWRIGHT_JSON_OUTPUT_NAME: report("e2e") },
      }),
    );
  }
}

function counts(): Counts[] {
  return [vitestCounts(report("unit")), vitestCounts(report("integration")), playwrightCounts(report("e2e"))];
}

main().then(
  () => console.log(`\n${summaryLine(counts())}`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    // A step that is not a test (a build, a database) can stop the run: the line below
    // then counts only the suites that ran, so say so rather than imply a clean pass.
    console.error("\nnpm test stopped early: the count below covers only the suites that ran.");
    console.log(`\n${summaryLine(counts())}`);
    process.exit(1);
  },
);
