/**
 * Whether `SELECT version()` came from the embedded database: PGlite answers
 * "PostgreSQL 18.x (PGlite 0.5.x) on wasm32...". There NOTIFY does not cross
 * connections and pg_dump cannot read it.
 */
export function isEmbeddedVersion(version: string): boolean {
  return /\bPGlite\b/i.test(version);
}
