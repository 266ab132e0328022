import type { Db } from "@/lib/db/client";
import type { Caller } from "./caller";
import type { ReplyDto } from "./dto";
import { annotationAllowing } from "./readable-annotation";
import { replyDto } from "./to-dto";

export interface ListRepliesOptions {
  db: Db;
  caller: Caller | null;
  annotationId: string;
}

/** The thread under an annotation, oldest first; readable by whoever may read the annotation. */
export async function listReplies({ db, caller, annotationId }: ListRepliesOptions): Promise<ReplyDto[]> {
  await annotationAllowing(db, caller, annotationId, "annotation:read");
  const rows = await db.reply.findMany({
    where: { annotationId, deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { author: { select: { id: true, name: true } } },
  });
  return rows.map(replyDto);
}
