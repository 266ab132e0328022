// `npm run import -- <file...> [--title T --author A --url U ...]`
// Parses every file first and writes nothing unless all of them are good.
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/database-url";
import { migrate } from "@/lib/db/migrate";
import { formatImportReport } from "@/lib/sources/format-report";
import { prepareSource, storeSource, type PreparedSource } from "@/lib/sources/import-source";
import { readManifest } from "@/lib/sources/starter-corpus";
import type { Manifest } from "@/lib/sources/metadata";

const META_FLAGS = ["title", "slug", "author", "site", "url", "published", "language", "kind", "perspective"] as const;
const MAX_BYTES = 5 * 1024 * 1024;

const USAGE = `Usage: npm run import -- <file...> [--title T] [--author A] [--url U] [--site S]
                        [--published YYYY[-MM[-DD]]] [--language L] [--kind K]
                        [--perspective P] [--slug S]
Imports .txt, .md or .html files (UTF-8, at most 5 MB). Metadata comes from a
manifest.json beside the file when it lists the file, and flags override it.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: "string" },
      slug: { type: "string" },
      author: { type: "string" },
      site: { type: "string" },
      url: { type: "string" },
      published: { type: "string" },
      language: { type: "string" },
      kind: { type: "string" },
      perspective: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help === true || positionals.length === 0) {
    console.log(USAGE);
    return positionals.length === 0 && values.help !== true ? 2 : 0;
  }
  if (positionals.length > 1 && (values.title !== undefined || values.slug !== undefined)) {
    console.error("--title and --slug name one source: import one file at a time with them.");
    return 2;
  }

  const prepared: PreparedSource[] = [];
  let failed = false;
  for (const file of positionals) {
    const fileName = path.basename(file);
    const problem = await unreadable(file);
    if (problem !== null) {
      console.error(`${file}: ${problem}`);
      failed = true;
      continue;
    }
    const flags = Object.fromEntries(META_FLAGS.flatMap((f) => (typeof values[f] === "string" ? [[f, values[f]]] : [])));
    // No title given: the file's own (prepareSource), else its name.
    const metadata = { ...(await manifestEntry(file)), ...flags };
    const result = prepareSource(await readFile(file), fileName, metadata);
    if (!result.ok) {
      console.error(`${file}: ${result.error.message}`);
      failed = true;
    } else prepared.push(result.prepared);
  }
  if (failed) {
    console.error("Nothing was imported.");
    return 1;
  }

  const database = await openDatabase();
  try {
    const migrated = await migrate(database.url, path.resolve("prisma/migrations"));
    if (!migrated.ok) throw new Error(migrated.error);
    const db = createDb(database.url);
    for (const source of prepared) {
      // The command line is the operator: it imports into the public corpus.
      const stored = await storeSource({ db, prepared: source, createdById: null, groupId: null });
      console.log(formatImportReport(source.fileName, stored.slug, stored.outcome, stored.versionNumber, stored.report));
    }
    await db.$disconnect();
  } finally {
    await database.close();
  }
  return 0;
}

async function unreadable(file: string): Promise<string | null> {
  if (!existsSync(file)) return "no such file";
  const info = await stat(file);
  if (!info.isFile()) return "not a file";
  // Checked before reading so that a huge file is never loaded.
  if (info.size > MAX_BYTES) return `the file is ${(info.size / 1048576).toFixed(1)} MB; the limit is 5 MB`;
  return null;
}

async function manifestEntry(file: string): Promise<Partial<Manifest["sources"][number]>> {
  const manifestPath = path.join(path.dirname(file), "manifest.json");
  if (!existsSync(manifestPath)) return {};
  const manifest = await readManifest(path.dirname(file)).catch(() => null);
  const entry = manifest?.sources.find((s) => s.file === path.basename(file));
  if (entry === undefined) return {};
  const { file: _file, ...metadata } = entry;
  return metadata;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
