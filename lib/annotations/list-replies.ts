import type { Db } from "@/lib/db/client";
import { readableEntryVisibilities } from "@/lib/policy";
import type { Access } from "@/lib/access";
import type { ReplyPageDto } from "./dto";
import { AnnotationError } from "./errors";
import { parseInput } from "./parse-input";
import { annotationAllowing } from "./annotation-access";
import { ListRepliesQuery } from "./schemas";
import { replyDto } from "./to-dto";

export interface ListRepliesOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  annotationId: string;
  /** Untrusted paging (the route's query string), parsed with ListRepliesQuery. */
  query?: unknown;
}

/**
 * The thread under an annotation, oldest first: only the replies written while the
 * reader was in the note's audience (a thread kept in the group stays in it).
 */
export async function listReplies({ db, actor, annotationId, query = {} }: ListRepliesOptions): Promise<ReplyPageDto> {
  const page = parseInput(ListRepliesQuery, query);
  const annotation = await annotationAllowing(db, actor, annotationId, "annotation:read");
  const visibility = { in: readableEntryVisibilities(annotation.actor, annotation.resource) };
  const cursor =
    page.after === undefined
      ? null
      : await db.reply.findFirst({ where: { id: page.after, annotationId, visibility }, select: { id: true, createdAt: true } });
  if (page.after !== undefined && cursor === null) throw new AnnotationError("invalid_input", "after: not a reply of this annotation.");
  const rows = await db.reply.findMany({
    where: {
      annotationId,
      deletedAt: null,
      visibility,
      ...(cursor === null
        ? {}
        : { OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }] }),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: page.limit + 1,
    include: { author: { select: { id: true, name: true } } },
  });
  const replies = rows.slice(0, page.limit).map(replyDto);
  const last = replies.at(-1);
  return { replies, next: rows.length > page.limit && last !== undefined ? last.id : null };
}
