import { reanchorAll, type ReanchorResult, type TextAnchor } from "@/lib/anchoring";
import type { Prisma } from "@/lib/db/generated/client";

export interface ReanchorVersionOptions {
  /** The transaction that made `versionId` current: the annotations move with it or not at all. */
  tx: Prisma.TransactionClient;
  sourceId: string;
  versionId: string;
  text: string;
}

export interface ReanchorSummary {
  exact: number;
  quote: number;
  fuzzy: number;
  orphaned: number;
}

type Row = TextAnchor & { id: string; anchorStatus: string };

/**
 * Places every annotation of the source (deleted ones too, so that undo puts
 * them back correctly) in the new version's text. A placed annotation gets
 * fresh selectors on the new version; an orphan keeps the selectors and the
 * version they were valid for, so its quote is never lost and a later version
 * that restores the passage can place it again.
 */
export async function reanchorVersion({ tx, sourceId, versionId, text }: ReanchorVersionOptions): Promise<ReanchorSummary> {
  const rows: Row[] = await tx.annotation.findMany({
    where: { sourceId },
    select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, anchorStatus: true },
  });
  const toAnchors = (list: Row[]) => list.map(({ id, anchorStatus: _status, ...anchor }) => ({ id, anchor }));
  // Separately: orphans' offsets belong to older texts and would mislead the
  // shift that reanchorAll carries from one placed annotation to the next.
  const results: ReanchorResult[] = [
    ...reanchorAll(toAnchors(rows.filter((r) => r.anchorStatus !== "orphaned")), text),
    ...reanchorAll(toAnchors(rows.filter((r) => r.anchorStatus === "orphaned")), text),
  ];
  const summary: ReanchorSummary = { exact: 0, quote: 0, fuzzy: 0, orphaned: 0 };
  const placed = { id: [] as string[], start: [] as number[], end: [] as number[], exact: [] as string[], prefix: [] as string[], suffix: [] as string[], status: [] as string[] };
  const orphaned: string[] = [];
  for (const { id, outcome, anchor } of results) {
    summary[outcome.status] += 1;
    if (outcome.status === "orphaned" || anchor === undefined) {
      orphaned.push(id);
      continue;
    }
    placed.id.push(id);
    placed.start.push(anchor.start);
    placed.end.push(anchor.end);
    placed.exact.push(anchor.exact);
    placed.prefix.push(anchor.prefix);
    placed.suffix.push(anchor.suffix);
    placed.status.push(outcome.status);
  }
  // One statement for all rows: a source can carry thousands of annotations,
  // and this runs inside storeSource's transaction. Raw SQL also leaves
  // updatedAt alone: moving a highlight is not an edit of the annotation.
  if (placed.id.length > 0) {
    await tx.$executeRaw`
      UPDATE "Annotation" AS a
      SET start = v.start, "end" = v."end", exact = v.exact, prefix = v.prefix, suffix = v.suffix,
          "anchorStatus" = v.status::"AnchorStatus", "versionId" = ${versionId}
      FROM unnest(${placed.id}::text[], ${placed.start}::int[], ${placed.end}::int[], ${placed.exact}::text[],
                  ${placed.prefix}::text[], ${placed.suffix}::text[], ${placed.status}::text[])
           AS v(id, start, "end", exact, prefix, suffix, status)
      WHERE a.id = v.id`;
  }
  if (orphaned.length > 0) {
    await tx.$executeRaw`
      UPDATE "Annotation" SET "anchorStatus" = 'orphaned' WHERE id = ANY(${orphaned}::text[]) AND "anchorStatus" <> 'orphaned'`;
  }
  return summary;
}
