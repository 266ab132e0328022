import type { Db } from "@/lib/db/client";
import type { Access } from "@/lib/access";
import type { ReplyDto } from "./dto";
import { annotationAllowing } from "./annotation-access";
import { replyDto } from "./to-dto";

export interface ListRepliesOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  annotationId: string;
}

/** The thread under an annotation, oldest first; readable by whoever may read the annotation. */
export async function listReplies({ db, actor, annotationId }: ListRepliesOptions): Promise<ReplyDto[]> {
  await annotationAllowing(db, actor, annotationId, "annotation:read");
  const rows = await db.reply.findMany({
    where: { annotationId, deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { author: { select: { id: true, name: true } } },
  });
  return rows.map(replyDto);
}
