// `npm run restore -- FILE`: loads a backup of `npm run backup` into an EMPTY
// database: a pg_dump archive into DATABASE_URL's, a PGlite dump into .data/pglite/.
import { existsSync } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreEmbedded } from "@/lib/db/backup-embedded";
import { backupKindOf } from "@/lib/db/backup-kind";
import { restoreServer } from "@/lib/db/backup-server";
import { EMBEDDED_DIR, redact, runningEmbeddedServer } from "@/lib/db/database-url";

const USAGE = `Usage: npm run restore -- FILE
A pg_dump archive (.dump) goes into DATABASE_URL's database; a copy of the embedded
database (.tar.gz) goes into .data/pglite/ (DATABASE_URL unset, app stopped). The
target must be empty: a restore never overwrites data.`;

async function head(file: string): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = new Uint8Array(8);
    await handle.read(buffer, 0, 8, 0);
    return buffer;
  } finally {
    await handle.close();
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { help: { type: "boolean" } } });
  const file = positionals[0];
  if (values.help === true || file === undefined || positionals.length > 1) {
    console.log(USAGE);
    return values.help === true ? 0 : 2;
  }
  if (!existsSync(file)) {
    console.error(`${file}: no such file`);
    return 1;
  }
  const kind = backupKindOf(await head(file));
  const url = process.env.DATABASE_URL ?? "";
  if (kind === null) {
    console.error(`${file} is neither a pg_dump archive nor a copy of the embedded database: nothing was restored.`);
    return 1;
  }
  if (kind === "server" && url === "") {
    console.error(`${file} is a pg_dump archive of a Postgres server: set DATABASE_URL to an empty database on a server to restore it there.`);
    return 1;
  }
  if (kind === "embedded" && url !== "") {
    console.error(`${file} is a copy of the embedded database: unset DATABASE_URL to restore it into ${path.relative(process.cwd(), EMBEDDED_DIR)}/.`);
    return 1;
  }
  const log = (line: string) => console.log(line);
  const result =
    kind === "server"
      ? await restoreServer({ url, file, log })
      : await restoreEmbedded({ dataDir: EMBEDDED_DIR, file, runningPid: (await runningEmbeddedServer())?.pid ?? null, log });
  if (!result.ok) {
    console.error(result.error);
    return 1;
  }
  const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
  const where = kind === "server" ? redact(url) : `${path.relative(process.cwd(), EMBEDDED_DIR)}/`;
  console.log(`Restored ${result.tables.length} tables, ${rows.toLocaleString("en")} rows into ${where} in ${result.seconds.toFixed(1)} s.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
