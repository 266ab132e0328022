// What a load balancer asks each instance: can it serve? The database answers,
// every migration in prisma/migrations is applied, and (on a server) the live
// updates' LISTEN connection is up.
import type { Db } from "@/lib/db/client";
import { migrationNames } from "@/lib/db/migrate";

export interface Health {
  ok: boolean;
  database: "reachable" | "unreachable";
  /** Migrations in the folder not yet applied to the database (null when it cannot be asked). */
  pendingMigrations: string[] | null;
  /** "in-process" on the embedded database, where no LISTEN is needed. */
  live: "listening" | "reconnecting" | "in-process" | "unknown";
}

export interface CheckHealthOptions {
  db: Db;
  migrationsDir: string;
  /** How the live hub hears changes; rejects when it cannot start. */
  live: () => Promise<{ mode: "notify" | "in-process"; connected: boolean | null }>;
}

export async function checkHealth({ db, migrationsDir, live }: CheckHealthOptions): Promise<Health> {
  let applied: Set<string>;
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    return { ok: false, database: "unreachable", pendingMigrations: null, live: "unknown" };
  }
  const pendingMigrations = (await migrationNames(migrationsDir)).filter((name) => !applied.has(name));
  const hub = await live().catch(() => null);
  const liveState: Health["live"] =
    hub === null ? "unknown" : hub.mode === "in-process" ? "in-process" : hub.connected === true ? "listening" : "reconnecting";
  const ok = pendingMigrations.length === 0 && (liveState === "listening" || liveState === "in-process");
  return { ok, database: "reachable", pendingMigrations, live: liveState };
}
