// `npm run backup [-- --out FILE]`: a pg_dump archive of DATABASE_URL's database, or
// without DATABASE_URL a copy of the embedded database's data folder (PGlite's dump).
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { backupEmbedded } from "@/lib/db/backup-embedded";
import { defaultBackupName } from "@/lib/db/backup-kind";
import { backupServer } from "@/lib/db/backup-server";
import { EMBEDDED_DIR, redact, runningEmbeddedServer } from "@/lib/db/database-url";

/** Inside the project as a relative path, elsewhere as it is. */
const shown = (file: string) => (file.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), file) : file);

const USAGE = `Usage: npm run backup [-- --out FILE]
With DATABASE_URL: writes a pg_dump archive (custom format) of that database.
Without it: copies the embedded database (.data/pglite/) with PGlite's dump; the app
must be stopped. The default FILE is backups/palimpsest-<time>.dump or .tar.gz.`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean" } } });
  if (values.help === true) {
    console.log(USAGE);
    return 0;
  }
  const url = process.env.DATABASE_URL ?? "";
  const kind = url === "" ? "embedded" : "server";
  const file = path.resolve(values.out ?? path.join("backups", defaultBackupName(kind, new Date())));
  if (existsSync(file)) {
    console.error(`${file} already exists: a backup never overwrites a file. Choose another --out.`);
    return 1;
  }
  await mkdir(path.dirname(file), { recursive: true });
  const log = (line: string) => console.log(line);
  const result =
    kind === "server"
      ? await backupServer({ url, file, log })
      : await backupEmbedded({ dataDir: EMBEDDED_DIR, file, runningPid: (await runningEmbeddedServer())?.pid ?? null, log });
  if (!result.ok) {
    console.error(result.error);
    return 1;
  }
  const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Wrote ${shown(result.file)} (${(result.bytes / 1048576).toFixed(1)} MB) in ${result.seconds.toFixed(1)} s: ${result.tables.length} tables, ${rows.toLocaleString("en")} rows${kind === "server" ? ` from ${redact(url)}` : ""}.`);
  console.log(`Restore it into an empty database with: npm run restore -- ${shown(result.file)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
