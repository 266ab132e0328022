import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { changeEvent } from "@/lib/live/change-event";
import { announceCommitted, notifyInTransaction } from "@/lib/live/publish";
import type { Access } from "@/lib/access";
import type { LinkDto, LinkKind } from "./dto";
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

export interface WriteLinkInput {
  fromId: string;
  toId: string;
  kind: LinkKind;
  note: string | null;
  createdById: string;
  /** The ends' sources, whose readers are told. */
  sourceIds: [string, string];
}

const LINK_TARGET = { to: { select: { id: true, sourceId: true, exact: true, source: { select: { title: true, slug: true } } } } } as const;

/** Writes a checked link inside the caller's transaction; null when an end is gone. */
export async function writeLink(tx: Prisma.TransactionClient, input: WriteLinkInput) {
  const { fromId, toId, kind, note, createdById } = input;
  const ends = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Annotation" WHERE id IN (${fromId}, ${toId}) AND "deletedAt" IS NULL FOR SHARE`;
  if (ends.length !== 2) return null;
  const key = { fromId, toId, kind };
  const removed = await tx.annotationLink.findFirst({ where: { ...key, deletedAt: { not: null } }, select: { id: true } });
  // The same link removed earlier is drawn again by its new author, with the new note.
  const link =
    removed === null
      ? await tx.annotationLink.create({ data: { ...key, note, createdById }, include: LINK_TARGET })
      : await tx.annotationLink.update({
          where: { id: removed.id },
          data: { note, createdById, createdAt: new Date(), deletedAt: null, deletedById: null },
          include: LINK_TARGET,
        });
  // Both ends show the link, so both sources' readers are told.
  const [fromSource, toSource] = input.sourceIds;
  await notifyInTransaction(tx, changeEvent({ sourceId: fromSource, kind: "annotation", id: fromId, change: "updated" }));
  await notifyInTransaction(tx, changeEvent({ sourceId: toSource, kind: "annotation", id: toId, change: "updated" }));
  return link;
}

/** A second link of the same kind between the same ends is a 409 the user can read. */
export function linkExistsError(error: unknown, kind: LinkKind): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return new AnnotationError("link_exists", `These annotations are already linked as "${kind}".`);
  }
  return error;
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

  const outcome = await db
    .$transaction((tx) => writeLink(tx, { fromId: from.id, toId: to.id, kind: data.kind, note: data.note, createdById, sourceIds: [from.sourceId, to.sourceId] }))
    .catch((error: unknown) => {
      throw linkExistsError(error, data.kind);
    });
  if (outcome === null) throw notFound();
  announceCommitted();
  // Its author may remove it.
  return linkDtoOf(outcome, "from", outcome.to, true);
}
