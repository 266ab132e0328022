// Reading the change log that lib/live/publish.ts writes beside each change.
import type { Db } from "@/lib/db/client";
import { type LoggedChange, parseChangeEvent } from "./change-event";

/** A day of changes: enough for a laptop that slept through lunch, small for the database. */
export const KEEP_LOG_MS = 24 * 60 * 60 * 1000;

interface Row {
  seq: bigint;
  event: unknown;
}

function logged(rows: Row[]): LoggedChange[] {
  return rows.flatMap((row) => {
    const event = parseChangeEvent(row.event);
    return event === null ? [] : [{ ...event, seq: Number(row.seq) }];
  });
}

/** The highest number written so far (0 for an empty log). */
export async function latestSeq(db: Db): Promise<number> {
  const found = await db.changeLog.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  return found === null ? 0 : Number(found.seq);
}

/** Changes after `after`, in order, at most `limit`; `sourceId` narrows them to one source. */
export async function changesAfter(db: Db, options: { after: number; upTo?: number; sourceId?: string; limit: number }): Promise<LoggedChange[]> {
  const rows = await db.changeLog.findMany({
    where: {
      seq: { gt: BigInt(options.after), ...(options.upTo === undefined ? {} : { lte: BigInt(options.upTo) }) },
      ...(options.sourceId === undefined ? {} : { sourceId: options.sourceId }),
    },
    orderBy: { seq: "asc" },
    take: options.limit,
    select: { seq: true, event: true },
  });
  return logged(rows);
}

/** Whether the log still holds every change after `after` (older rows are pruned). */
export async function reachesBackTo(db: Db, after: number): Promise<boolean> {
  const oldest = await db.changeLog.findFirst({ orderBy: { seq: "asc" }, select: { seq: true } });
  // An empty log reaches back only to its end, which the caller compares with its cursor.
  return oldest !== null && Number(oldest.seq) <= after + 1;
}

export async function pruneChangeLog(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.changeLog.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_LOG_MS) } } });
  return count;
}
