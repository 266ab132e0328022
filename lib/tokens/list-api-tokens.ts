import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";

export interface ApiTokenDto {
  id: string;
  name: string;
  groupId: string | null;
  groupName: string | null;
  canWrite: boolean;
  createdAt: string;
  lastUsedAt: string | null;
}

/** The caller's own tokens that still work, newest first; never their secrets (only hashes are kept). */
export async function listApiTokens({ db, actor }: { db: Db; actor: Access }): Promise<ApiTokenDto[]> {
  const rows = await db.apiToken.findMany({
    where: { userId: actor.userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, groupId: true, canWrite: true, createdAt: true, lastUsedAt: true, group: { select: { name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    groupId: r.groupId,
    groupName: r.group?.name ?? null,
    canWrite: r.canWrite,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  }));
}
