// `npm run export`: the command line goes through the same lib/export function as the
// API, public annotations only unless the operator says --all.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, storeCorpusFile, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase, testDatabaseUrl } from "./support/database";

const run = promisify(execFile);
let db: Db;

function exportCli(...args: string[]) {
  return run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/export.ts", ...args], {
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), NEXTAUTH_URL: "https://palimpsest.example" },
  });
}

beforeAll(async () => {
  db = await freshDatabase();
  const cast = await castGroup(db, "cli");
  const source = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-cli");
  const create = (phrase: string, visibility: string) =>
    createAnnotation({ db, actor: cast.author, sourceId: source.sourceId, input: annotationInput(source.text, phrase, { visibility, groupId: cast.groupId, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `CLI-${visibility}` }] }] } }) });
  await create("The climax", "public");
  await create("Some examples", "group");
  await create("Horror in numbers", "private");
});
afterAll(() => db.$disconnect());

describe("npm run export", () => {
  it("writes public annotations to standard output", async () => {
    const { stdout } = await exportCli("--format", "markdown", "--source", "vogiatzis-cli");
    expect(stdout).toContain("CLI-public");
    expect(stdout).not.toContain("CLI-group");
    expect(stdout).not.toContain("CLI-private");
    expect(stdout).toContain("https://palimpsest.example/sources/vogiatzis-cli?annotation=");
  }, 120_000);

  it("writes every annotation to --out for the operator (--all)", async () => {
    const out = path.join(os.tmpdir(), `export-cli-${process.pid}.csv`);
    const { stderr } = await exportCli("--format", "csv", "--source", "vogiatzis-cli", "--all", "--layer", "primary_document", "--out", out);
    expect(stderr).toContain("3 annotations");
    const csv = await readFile(out, "utf8");
    for (const v of ["public", "group", "private"]) expect(csv).toContain(`CLI-${v}`);
  }, 120_000);

  it("says what is wrong, and fails, for a bad query", async () => {
    await expect(exportCli("--format", "csv", "--source", "no-such-source")).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("Source not found.") });
    await expect(exportCli("--format", "csv")).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("say what to export") });
  }, 120_000);
});
