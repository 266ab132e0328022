import { CHAIN_DEPTH, CHAIN_KINDS } from "@/lib/claims/chain";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export const CHAIN_MAX = 5000;

/**
 * A claim and its chain, as the claims board draws it (lib/claims/chain.ts): the
 * annotation, what answers it through an attack or support link, what answers
 * those, down to CHAIN_DEPTH. The walk passes only through annotations the viewer
 * may read (`visible`, on a and s), so nothing behind a hidden answer is reached
 * either. Empty when the claim itself is not visible.
 */
export async function claimChainIds(db: Db, claimId: string, visible: Prisma.Sql): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE chain(id, depth) AS (
      SELECT a.id, 0 FROM "Annotation" AS a JOIN "Source" AS s ON s.id = a."sourceId"
      WHERE a.id = ${claimId} AND ${visible}
      UNION
      SELECT a.id, c.depth + 1
      FROM chain AS c
      JOIN "AnnotationLink" AS l ON l."toId" = c.id AND l."deletedAt" IS NULL AND l.kind::text = ANY(${CHAIN_KINDS}::text[])
      JOIN "Annotation" AS a ON a.id = l."fromId"
      JOIN "Source" AS s ON s.id = a."sourceId"
      WHERE c.depth < ${CHAIN_DEPTH} AND ${visible}
    )
    SELECT DISTINCT id FROM chain LIMIT ${CHAIN_MAX}`;
  return rows.map((r) => r.id);
}
