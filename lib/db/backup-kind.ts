// Which kind of backup a file holds, from its first bytes, so `npm run restore` can
// say what a file is before it touches any database.

export type BackupKind = "server" | "embedded";

/** pg_dump's custom-format archives begin with these bytes (pg_backup_archiver.c). */
const PG_DUMP_MAGIC = "PGDMP";
/** PGlite's dumpDataDir("gzip") writes a gzip'd tar of the data folder. */
const GZIP_MAGIC = [0x1f, 0x8b];

export function backupKindOf(head: Uint8Array): BackupKind | null {
  if (Buffer.from(head.subarray(0, PG_DUMP_MAGIC.length)).toString("latin1") === PG_DUMP_MAGIC) return "server";
  if (head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return "embedded";
  return null;
}

export const BACKUP_EXTENSION: Record<BackupKind, string> = { server: ".dump", embedded: ".tar.gz" };

/** palimpsest-2026-12-02T00-06-00Z.dump: sorts by time, safe in any file system. */
export function defaultBackupName(kind: BackupKind, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, "Z").replaceAll(":", "-");
  return `palimpsest-${stamp}${BACKUP_EXTENSION[kind]}`;
}
