import { type Access, roleIn } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { type Action, type Actor, assertCan, type LinkResource } from "@/lib/policy";
import { assertSourceReadable } from "../annotation-access";
import { annotationResource } from "../annotation-row";
import type { LinkDto } from "../dto";
import { linkDtoOf } from "../to-dto";
import { notFound } from "../errors";
import { parseInput } from "../parse-input";
import { LinkRefInput } from "../schemas";

const end = {
  select: { id: true, sourceId: true, authorId: true, groupId: true, visibility: true, deletedAt: true, exact: true, source: { select: { title: true, slug: true, groupId: true } } },
} as const;

export interface CheckedLink {
  id: string;
  /** The end named in the request, and the other one. */
  here: { id: string; sourceId: string };
  there: { id: string; sourceId: string };
  deleted: boolean;
  dto: LinkDto;
}

/**
 * Loads a link from one of its ends and asserts `action` on it. A link that does not
 * touch the annotation in the path answers 404, like a missing one.
 */
export async function linkAllowing(db: Db, actor: Access | null, input: unknown, action: Extract<Action, `link:${string}`>): Promise<CheckedLink> {
  const { annotationId, linkId } = parseInput(LinkRefInput, input);
  const link = await db.annotationLink.findUnique({
    where: { id: linkId },
    select: { id: true, kind: true, note: true, createdById: true, deletedAt: true, deletedById: true, fromId: true, toId: true, from: end, to: end },
  });
  if (link === null || (link.fromId !== annotationId && link.toId !== annotationId)) throw notFound("Link");
  // Like every annotation action, touching a link needs both ends' sources readable.
  for (const e of [link.from, link.to]) assertSourceReadable(actor, e.source.groupId);
  const endOf = (e: typeof link.from) => ({ annotation: annotationResource(e), role: roleIn(actor, e.groupId) });
  const resource: LinkResource = { kind: "link", createdById: link.createdById, ends: [endOf(link.from), endOf(link.to)], deletedById: link.deletedById };
  const policyActor: Actor | null = actor === null ? null : { userId: actor.userId, role: null };
  assertCan(policyActor, action, resource);
  const direction = link.fromId === annotationId ? "from" : "to";
  const [here, there] = direction === "from" ? [link.from, link.to] : [link.to, link.from];
  return {
    id: link.id,
    here: { id: here.id, sourceId: here.sourceId },
    there: { id: there.id, sourceId: there.sourceId },
    deleted: link.deletedAt !== null,
    // Whoever may remove or restore it may remove it again.
    dto: linkDtoOf(link, direction, there, true),
  };
}
