import type { Prisma } from "@/lib/db/generated/client";
import { LOCK_KEYS } from "@/lib/db/lock-keys";
import { type ChangeEvent, LIVE_CHANNEL } from "./change-event";
import { emitLocalChange } from "./local-bus";

// LOCK_KEYS.changeLog is the transaction lock that makes the log's numbers follow
// commit order. Without it, a transaction that took seq 10 could commit after one
// that took 11, and a reader resuming after 11 would never get 10. Services call
// this last in their transaction, so the lock is held only until the commit.

/**
 * Records the change inside the writing transaction: the log row and the NOTIFY
 * exist only if the transaction commits, so no stream shows a change that did not
 * happen, and a stream that was away finds it in the log.
 */
export async function notifyInTransaction(tx: Prisma.TransactionClient, event: ChangeEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEYS.changeLog})`;
  const row = await tx.changeLog.create({ data: { sourceId: event.sourceId, event }, select: { seq: true } });
  // The payload only wakes the other instances' hubs; they read the log itself.
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${row.seq.toString()})`;
}

/**
 * Wakes this process's hub after a commit, however many changes it logged: the
 * hub reads them from the log. On the embedded database it is the only path:
 * PGlite does not pass NOTIFY between connections (docs/design-notes.md, "The embedded database").
 */
export function announceCommitted(): void {
  emitLocalChange();
}
