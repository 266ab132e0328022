import type { Prisma } from "@/lib/db/generated/client";
import { type ChangeEvent, LIVE_CHANNEL } from "./change-event";
import { emitLocalChange } from "./local-bus";

/**
 * Queues the event inside the writing transaction: Postgres delivers a NOTIFY
 * only when the transaction commits, and drops it on rollback, so no stream
 * ever shows a change that did not happen. Other app instances hear it here.
 */
export async function notifyInTransaction(tx: Prisma.TransactionClient, event: ChangeEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(event)})`;
}

/**
 * The same event for streams of this process, called after the commit. On the
 * embedded database it is the only path: PGlite does not pass NOTIFY between
 * connections (../shared/ENVIRONMENT.md).
 */
export function announceCommitted(event: ChangeEvent): void {
  emitLocalChange(event);
}
