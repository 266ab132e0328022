import { type Access, actorIn } from "@/lib/access";
import { AnnotationError, notFound } from "@/lib/annotations/errors";
import { parseInput } from "@/lib/annotations/parse-input";
import type { Db } from "@/lib/db/client";
import { can, sourceResource } from "@/lib/policy";
import { CompareQuery, type CompareDto, type CompareSideDto } from "./schemas";
import { linksBetween } from "./store/links-between";
import { sharedPassagesOf } from "./store/shared-passages-of";

export interface CompareSourcesOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  /** Untrusted: the route's query string, parsed with CompareQuery. */
  input: unknown;
}

/** A source by slug or id, as the reader finds it: one the caller may not read is not found. */
async function sideOf(db: Db, actor: Access | null, ref: string): Promise<CompareSideDto> {
  const row = await db.source.findFirst({
    where: { OR: [{ id: ref }, { slug: ref }] },
    select: { id: true, slug: true, title: true, groupId: true, currentVersionId: true },
  });
  if (row === null || row.currentVersionId === null) throw notFound("Source");
  if (!can(actorIn(actor, row.groupId), "source:read", sourceResource(row.groupId)).allowed) throw notFound("Source");
  return { id: row.id, slug: row.slug, versionId: row.currentVersionId, title: row.title };
}

/**
 * Two sources side by side: the passages their current versions share (from the
 * per-pair cache) and the links between their annotations the caller may see.
 */
export async function compareSources({ db, actor, input }: CompareSourcesOptions): Promise<CompareDto> {
  const query = parseInput(CompareQuery, input);
  const [left, right] = await Promise.all([sideOf(db, actor, query.left), sideOf(db, actor, query.right)]);
  if (left.id === right.id) throw new AnnotationError("invalid_input", "right: choose another source to compare this one with.");
  const [shared, links] = await Promise.all([
    sharedPassagesOf({ db, leftVersionId: left.versionId, rightVersionId: right.versionId }),
    linksBetween(db, actor, left.id, right.id),
  ]);
  return { left, right, shared: shared.passages, links };
}
