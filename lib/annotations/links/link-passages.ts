import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { announceCommitted } from "@/lib/live/publish";
import { annotationAllowing, judgeAnnotation } from "../annotation-access";
import { checkNewAnnotation, writeAnnotation } from "../create-annotation";
import { linkExistsError, writeLink } from "../create-link";
import type { AnnotationDto, LinkDto } from "../dto";
import { AnnotationError, notFound } from "../errors";
import { getAnnotation } from "../get-annotation";
import { parseInput } from "../parse-input";
import type { Prisma } from "@/lib/db/generated/client";
import { countLinkCreation } from "./link-rate-limit";
import { type LinkEnd, LinkPassagesInput } from "./link-passages-input";
import { linkDtoOf } from "../to-dto";

export interface LinkPassagesOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  /** Untrusted JSON, parsed with LinkPassagesInput. */
  input: unknown;
}

export interface LinkPassagesDto {
  from: AnnotationDto;
  to: AnnotationDto;
  link: LinkDto;
}

type CheckedEnd = { kind: "existing"; id: string; sourceId: string } | { kind: "new"; sourceId: string; authorId: string; data: Omit<Extract<LinkEnd, { sourceId: string }>, "sourceId"> };

/** Judges one end as createLink and createAnnotation would: a new `from` must also be one the caller may link from. */
async function checkEnd(db: Db, access: Access | null, end: LinkEnd, action: "annotation:link" | "annotation:read"): Promise<CheckedEnd> {
  if ("annotationId" in end) {
    const found = await annotationAllowing(db, access, end.annotationId, action);
    return { kind: "existing", id: found.id, sourceId: found.sourceId };
  }
  const { sourceId, ...data } = end;
  const { authorId, sourceGroupId } = await checkNewAnnotation(db, access, sourceId, data);
  const draft = { authorId, groupId: data.groupId, visibility: data.visibility, deletedAt: null, source: { groupId: sourceGroupId } };
  judgeAnnotation(access, draft, action);
  return { kind: "new", sourceId, authorId, data };
}

const write = (tx: Prisma.TransactionClient, end: CheckedEnd) => (end.kind === "existing" ? Promise.resolve(end.id) : writeAnnotation(tx, end.sourceId, end.authorId, end.data));

/**
 * Link in place: links two passages, annotating either or both first, in ONE
 * transaction, so a refused link leaves no stray annotation behind (and a refused
 * annotation no half a link).
 */
export async function linkPassages({ db, actor, input }: LinkPassagesOptions): Promise<LinkPassagesDto> {
  const data = parseInput(LinkPassagesInput, input);
  const from = await checkEnd(db, actor, data.from, "annotation:link");
  const to = await checkEnd(db, actor, data.to, "annotation:read");
  if (from.kind === "existing" && to.kind === "existing" && from.id === to.id) {
    throw new AnnotationError("invalid_input", "to: an annotation cannot link to itself.");
  }
  const createdById = actor?.userId ?? "";
  await countLinkCreation(db, createdById);

  const made = await db
    .$transaction(async (tx) => {
      const fromId = await write(tx, from);
      const toId = await write(tx, to);
      const link = await writeLink(tx, { fromId, toId, kind: data.kind, note: data.note, createdById, sourceIds: [from.sourceId, to.sourceId] });
      if (link === null) throw notFound();
      return { fromId, toId, link };
    })
    .catch((error: unknown) => {
      throw linkExistsError(error, data.kind);
    });
  announceCommitted();
  const [fromDto, toDto] = await Promise.all([getAnnotation({ db, actor, id: made.fromId }), getAnnotation({ db, actor, id: made.toId })]);
  return { from: fromDto, to: toDto, link: linkDtoOf(made.link, "from", made.link.to, true) };
}
