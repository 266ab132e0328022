import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

/** Steps from the claim; an argument in the corpus is rarely more than four links deep. */
export const CHAIN_DEPTH = 8;
export const CHAIN_MAX = 5000;

/**
 * A claim and its chain: the annotation and every one reached from it through
 * links, either way (what rebuts it, what refutes the rebuttal, what it cites),
 * walking only through annotations the viewer may read (`visible`, on a and s),
 * so nothing beyond a hidden one is reached either. Empty when the claim itself
 * is not visible.
 */
export async function claimChainIds(db: Db, claimId: string, visible: Prisma.Sql): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE chain(id, depth) AS (
      SELECT a.id, 0 FROM "Annotation" AS a JOIN "Source" AS s ON s.id = a."sourceId"
      WHERE a.id = ${claimId} AND ${visible}
      UNION
      SELECT a.id, c.depth + 1
      FROM chain AS c
      JOIN "AnnotationLink" AS l ON l."deletedAt" IS NULL AND (l."fromId" = c.id OR l."toId" = c.id)
      JOIN "Annotation" AS a ON a.id = CASE WHEN l."fromId" = c.id THEN l."toId" ELSE l."fromId" END
      JOIN "Source" AS s ON s.id = a."sourceId"
      WHERE c.depth < ${CHAIN_DEPTH} AND ${visible}
    )
    SELECT DISTINCT id FROM chain LIMIT ${CHAIN_MAX}`;
  return rows.map((r) => r.id);
}
