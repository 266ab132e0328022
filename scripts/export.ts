// `npm run export -- --format <fmt> --source <slug> [--out FILE] [--all]`
// Public annotations only, unless --all: whoever runs this against the instance's
// database is its operator and holds every row already. Goes through the same
// lib/export function as GET /api/export, so the file is the one the dialog gives.
import { createWriteStream } from "node:fs";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { createDb } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/database-url";
import { migrate } from "@/lib/db/migrate";
import { callerViewer, EXPORT_FORMAT_IDS, exportAnnotations, OPERATOR } from "@/lib/export";
import { describeError } from "@/lib/http";

const SCOPE_FLAGS = ["format", "source", "sources", "group", "claim", "ids", "layer", "tag", "author", "visibility", "from", "to"] as const;

const USAGE = `Usage: npm run export -- --format <${EXPORT_FORMAT_IDS.join("|")}> (--source SLUG | --sources A,B | --group ID | --claim ID | --ids A,B)
                        [--layer L,...] [--tag T,...] [--author ID,...] [--visibility V,...]
                        [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE] [--all] [--base-url URL]
Writes the file to --out, or to standard output. Public annotations only, unless --all.`;

async function main(): Promise<number> {
  const scopeOptions = Object.fromEntries(SCOPE_FLAGS.map((f) => [f, { type: "string" as const }])) as Record<(typeof SCOPE_FLAGS)[number], { type: "string" }>;
  const { values } = parseArgs({
    options: {
      ...scopeOptions,
      out: { type: "string" },
      all: { type: "boolean" },
      "base-url": { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help === true || values.format === undefined) {
    console.log(USAGE);
    return values.help === true ? 0 : 2;
  }
  const input = Object.fromEntries(SCOPE_FLAGS.flatMap((f) => (typeof values[f] === "string" ? [[f, values[f]]] : [])));
  const baseUrl = String(values["base-url"] ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  const database = await openDatabase();
  try {
    const migrated = await migrate(database.url, path.resolve("prisma/migrations"));
    if (!migrated.ok) throw new Error(migrated.error);
    const db = createDb(database.url);
    try {
      const file = await exportAnnotations({ db, viewer: values.all === true ? OPERATOR : callerViewer(null), input, baseUrl });
      const out = typeof values.out === "string" ? createWriteStream(values.out) : stdoutKeptOpen();
      await pipeline(Readable.from(file.body), out);
      if (typeof values.out === "string") console.error(`${values.out}: ${file.total} annotation${file.total === 1 ? "" : "s"} (${file.contentType})`);
      return 0;
    } catch (error) {
      const described = describeError(error);
      if (described.unexpected) throw error;
      console.error(described.body.message);
      return 1;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.close();
  }
}

/** Standard output without pipeline closing it (Node refuses to end stdout); `| head` closing it early is no error. */
function stdoutKeptOpen(): Writable {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  return new Writable({ write: (chunk: Buffer, _enc, done) => (process.stdout.write(chunk) ? done() : process.stdout.once("drain", () => done())) });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
