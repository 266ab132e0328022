// Backups of the embedded database with PGlite's own dump: a gzip'd tarball of the
// data folder (dumpDataDir), loaded back with PGlite's loadDataDir. The folder
// belongs to one process (docs/design-notes.md, "The embedded database"), so both refuse while the app serves it.
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { messageOf, type BackupResult, type Log, type RestoreResult } from "./backup-server";
import { countRows, listTables, notEmptyMessage, summarizeRows } from "./table-rows";

export interface EmbeddedBackupOptions {
  dataDir: string;
  file: string;
  /** The process serving the folder (npm start), if one is running. */
  runningPid: number | null;
  log: Log;
}

const shown = (dir: string) => `${path.relative(process.cwd(), dir) || dir}/`;

function refuseWhileRunning(pid: number | null, verb: string): { ok: false; error: string } | null {
  if (pid === null) return null;
  return {
    ok: false,
    error: `Palimpsest is running on the embedded database (process ${pid}), and its data folder belongs to that process. Stop the app (Ctrl+C where npm start runs), then ${verb} again.`,
  };
}

const hasDatabase = (dataDir: string) => existsSync(path.join(dataDir, "PG_VERSION"));

export async function backupEmbedded({ dataDir, file, runningPid, log }: EmbeddedBackupOptions): Promise<BackupResult> {
  const refused = refuseWhileRunning(runningPid, "run npm run backup");
  if (refused !== null) return refused;
  if (!hasDatabase(dataDir)) return { ok: false, error: `There is no embedded database in ${shown(dataDir)} to back up (npm start creates it).` };
  const started = performance.now();
  const db = await PGlite.create({ dataDir });
  try {
    const tables = await countRows((sql) => db.query(sql));
    log(`Copying the embedded database in ${shown(dataDir)} (${summarizeRows(tables)}) with PGlite's dumpDataDir...`);
    const tarball = await db.dumpDataDir("gzip");
    const partial = `${file}.partial`;
    await writeFile(partial, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
    await rename(partial, file);
    const { size } = await stat(file);
    return { ok: true, file, bytes: size, tables, seconds: (performance.now() - started) / 1000 };
  } finally {
    await db.close();
  }
}

/** Why the folder cannot take a restore, or null when it is empty (and emptied). */
async function notEmpty(dataDir: string): Promise<string | null> {
  if (!existsSync(dataDir) || (await readdir(dataDir)).length === 0) return null;
  const advice = `Move it away (mv ${shown(dataDir).slice(0, -1)} ${shown(dataDir).slice(0, -1)}.before-restore) and run npm run restore again.`;
  if (!hasDatabase(dataDir)) return `${shown(dataDir)} holds files but no database. ${advice}`;
  const db = await PGlite.create({ dataDir });
  const tables = await listTables((sql) => db.query(sql)).finally(() => db.close());
  if (tables.length > 0) return notEmptyMessage(`The embedded database in ${shown(dataDir)}`, tables, advice);
  // An initialised database with no tables holds nothing to lose, and PGlite
  // loads a tarball only into a folder without a database.
  await rm(dataDir, { recursive: true, force: true });
  return null;
}

export async function restoreEmbedded({ dataDir, file, runningPid, log }: EmbeddedBackupOptions): Promise<RestoreResult> {
  const refused = refuseWhileRunning(runningPid, "run npm run restore");
  if (refused !== null) return refused;
  const problem = await notEmpty(dataDir);
  if (problem !== null) return { ok: false, error: problem };
  const started = performance.now();
  log(`Restoring ${file} into ${shown(dataDir)} with PGlite's loadDataDir...`);
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir, loadDataDir: new Blob([await readFile(file)]) });
  } catch (error) {
    // The folder was empty before: leave it so, not half loaded.
    await rm(dataDir, { recursive: true, force: true });
    return { ok: false, error: `${file} could not be loaded as a PGlite data folder: ${messageOf(error)}` };
  }
  try {
    return { ok: true, tables: await countRows((sql) => db.query(sql)), seconds: (performance.now() - started) / 1000 };
  } finally {
    await db.close();
  }
}
