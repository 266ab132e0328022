import type { Db } from "@/lib/db/client";
import { changeEvent } from "@/lib/live/change-event";
import { announceCommitted, notifyInTransaction } from "@/lib/live/publish";
import type { Visibility } from "@/lib/policy";
import type { Access } from "@/lib/access";
import type { ReplyDto } from "./dto";
import { notFound } from "./errors";
import { parseInput } from "./parse-input";
import { annotationAllowing } from "./annotation-access";
import { CreateReplyInput } from "./schemas";
import { replyDto } from "./to-dto";

export interface CreateReplyOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  annotationId: string;
  /** Untrusted JSON, parsed with CreateReplyInput. */
  input: unknown;
}

export async function createReply({ db, actor, annotationId, input }: CreateReplyOptions): Promise<ReplyDto> {
  const data = parseInput(CreateReplyInput, input);
  const annotation = await annotationAllowing(db, actor, annotationId, "annotation:reply");
  const authorId = annotation.actor?.userId ?? "";

  const { reply, event } = await db.$transaction(async (tx) => {
    // Share-locked while live: a reply never lands on an annotation deleted meanwhile.
    // The lock also orders the reply after or before any edit of the visibility, which
    // the reply records: its audience is the one the note had when it was written.
    const [live] = await tx.$queryRaw<{ visibility: Visibility }[]>`
      SELECT visibility::text AS visibility FROM "Annotation" WHERE id = ${annotationId} AND "deletedAt" IS NULL FOR SHARE`;
    if (live === undefined) return { reply: null, event: null };
    const reply = await tx.reply.create({
      data: { annotationId, authorId, visibility: live.visibility, body: data.body.doc, bodyText: data.body.text },
      include: { author: { select: { id: true, name: true } } },
    });
    const event = changeEvent({ sourceId: annotation.sourceId, kind: "reply", id: reply.id, change: "created" });
    await notifyInTransaction(tx, event);
    return { reply, event };
  });
  if (reply === null || event === null) throw notFound();
  announceCommitted();
  return replyDto(reply);
}
