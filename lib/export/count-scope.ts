import type { Db } from "@/lib/db/client";
import type { ResolvedScope } from "./resolve-scope";

export async function countScope(db: Db, scope: ResolvedScope): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Annotation" AS a JOIN "Source" AS s ON s.id = a."sourceId" WHERE ${scope.where}`;
  return row?.n ?? 0;
}
