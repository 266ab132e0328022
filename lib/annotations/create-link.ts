import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { changeEvent } from "@/lib/live/change-event";
import { announceCommitted, notifyInTransaction } from "@/lib/live/publish";
import type { Access } from "@/lib/access";
import type { LinkDto } from "./dto";
import { AnnotationError, notFound } from "./errors";
import { parseInput } from "./parse-input";
import { annotationAllowing } from "./annotation-access";
import { countLinkCreation } from "./links/link-rate-limit";
import { CreateLinkInput } from "./schemas";
import { linkDtoOf } from "./to-dto";

export interface CreateLinkOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  /** The annotation the link starts from ("this rebuttal answers that claim"). */
  fromId: string;
  /** Untrusted JSON, parsed with CreateLinkInput. */
  input: unknown;
}

/** Links two annotations, on the same source or on two; the caller must be able to read the target. */
export async function createLink({ db, actor, fromId, input }: CreateLinkOptions): Promise<LinkDto> {
  const data = parseInput(CreateLinkInput, input);
  const from = await annotationAllowing(db, actor, fromId, "annotation:link");
  // An unreadable target answers 404, exactly like a missing one.
  const to = await annotationAllowing(db, actor, data.toId, "annotation:read");
  if (from.id === to.id) throw new AnnotationError("invalid_input", "toId: an annotation cannot link to itself.");
  const createdById = from.actor?.userId ?? "";
  await countLinkCreation(db, createdById);

  const outcome = await db.$transaction(async (tx) => {
    const ends = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Annotation" WHERE id IN (${from.id}, ${to.id}) AND "deletedAt" IS NULL FOR SHARE`;
    if (ends.length !== 2) return null;
    const include = { to: { select: { id: true, sourceId: true, exact: true, source: { select: { title: true, slug: true } } } } } as const;
    const key = { fromId: from.id, toId: to.id, kind: data.kind };
    const removed = await tx.annotationLink.findFirst({ where: { ...key, deletedAt: { not: null } }, select: { id: true } });
    // The same link removed earlier is drawn again by its new author, with the new note.
    const link =
      removed === null
        ? await tx.annotationLink.create({ data: { ...key, note: data.note, createdById }, include })
        : await tx.annotationLink.update({
            where: { id: removed.id },
            data: { note: data.note, createdById, createdAt: new Date(), deletedAt: null, deletedById: null },
            include,
          });
    // Both ends show the link, so both sources' readers are told.
    for (const end of [from, to]) await notifyInTransaction(tx, changeEvent({ sourceId: end.sourceId, kind: "annotation", id: end.id, change: "updated" }));
    return link;
  }).catch((error: unknown) => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AnnotationError("link_exists", `These annotations are already linked as "${data.kind}".`);
    }
    throw error;
  });
  if (outcome === null) throw notFound();
  announceCommitted();
  // Its author may remove it.
  return linkDtoOf(outcome, "from", outcome.to, true);
}
