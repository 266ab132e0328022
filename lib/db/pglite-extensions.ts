// The contrib extensions the embedded database loads, so that search's migration
// finds them as on a Postgres server: unaccent (accent-blind search) and pg_trgm
// (trigram similarity for "find elsewhere"). PGlite 0.5.14 ships both.
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent };
