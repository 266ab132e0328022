/**
 * Every Postgres advisory-lock key the app takes, in one place, so two purposes
 * never share one (session and transaction locks share one key space).
 */
export const LOCK_KEYS = {
  /** Prisma Migrate's own key, so our migrator and `prisma migrate deploy` never run together. */
  migration: 72_707_369,
  starterCorpus: 72_707_370,
  /** Numbers the change log in commit order (lib/live/publish.ts). */
  changeLog: 7_355_801,
} as const;
