import type { Db } from "@/lib/db/client";
import { findSharedPassages, SHARED_PASSAGE_FINDER } from "../find-shared-passages";
import { swapSides } from "../swap-sides";
import type { SharedPassage } from "../types";
import { readStoredPassages } from "./stored-passages";

export interface SharedPassagesOfOptions {
  db: Db;
  leftVersionId: string;
  rightVersionId: string;
}

export interface SharedPassagesResult {
  passages: SharedPassage[];
  /** True when read from the per-pair cache, false when computed now. */
  cached: boolean;
}

/**
 * The passages two versions share, left and right as asked. Computed once per pair
 * (versions are immutable) and kept in SharedPassageSet; later calls are one read.
 * The caller has already checked that both versions may be read.
 */
export async function sharedPassagesOf({ db, leftVersionId, rightVersionId }: SharedPassagesOfOptions): Promise<SharedPassagesResult> {
  const swapped = rightVersionId < leftVersionId;
  const key = swapped ? { leftVersionId: rightVersionId, rightVersionId: leftVersionId } : { leftVersionId, rightVersionId };
  const row = await db.sharedPassageSet.findUnique({ where: { leftVersionId_rightVersionId: key }, select: { finder: true, passages: true } });
  const stored = row !== null && row.finder === SHARED_PASSAGE_FINDER ? readStoredPassages(row.passages) : null;
  const passages = stored ?? (await compute(db, key, row !== null));
  return { passages: swapped ? swapSides(passages) : passages, cached: stored !== null };
}

async function compute(db: Db, key: { leftVersionId: string; rightVersionId: string }, replace: boolean): Promise<SharedPassage[]> {
  const versions = await db.sourceVersion.findMany({ where: { id: { in: [key.leftVersionId, key.rightVersionId] } }, select: { id: true, text: true } });
  const textOf = (id: string) => {
    const found = versions.find((v) => v.id === id);
    if (found === undefined) throw new Error(`source version ${id} is missing`);
    return found.text;
  };
  const started = performance.now();
  const passages = findSharedPassages(textOf(key.leftVersionId), textOf(key.rightVersionId));
  const data = { ...key, finder: SHARED_PASSAGE_FINDER, passages, computeMs: Math.round(performance.now() - started) };
  // Two readers opening a new pair at once both compute; the first write wins and the
  // other is skipped, so neither fails. A row from an older finder is replaced.
  if (replace) await db.sharedPassageSet.update({ where: { leftVersionId_rightVersionId: key }, data });
  else await db.sharedPassageSet.createMany({ data: [data], skipDuplicates: true });
  return passages;
}
