-- A `quotes` link says one passage quotes the other (issue 9): the compare view keeps
-- a shared passage as one. Postgres 12+ (and PGlite) accept ADD VALUE inside the
-- migration's transaction; nothing here uses the new value before it commits.

-- AlterEnum
ALTER TYPE "LinkKind" ADD VALUE 'quotes';
