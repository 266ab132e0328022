// Fans committed changes out to the browser streams of this process, in the
// order of the change log. A NOTIFY (any instance's write) or the in-process bus
// (this process's write) only wakes the hub; it then reads the log after the
// last number it delivered, so a dropped LISTEN, a database restart or an
// instance switch loses nothing. What each reader is sent is decided by the
// projector the route gives it (lib/live knows nothing of annotations).
import type { Db } from "@/lib/db/client";
import { isConnectionError } from "@/lib/db/connection-error";
import type { LoggedChange } from "./change-event";
import { changesAfter, latestSeq, pruneChangeLog, reachesBackTo } from "./change-log";
import { onLocalChange } from "./local-bus";
import { type ListenMode, startNotifyListener, type NotifyListener } from "./notify-listener";

/** What one reader is sent for a change, or null when they may not see it. */
export type Projector<V, D> = (options: { db: Db; viewer: V; event: LoggedChange }) => Promise<D | null>;

/** `event`: a change for this reader; `skip`: only moves its Last-Event-ID on; `resync`: reload. */
export type StreamMessage<D> = { type: "event"; seq: number; data: D } | { type: "skip"; seq: number } | { type: "resync"; seq: number };

export interface Subscriber<V, D> {
  sourceId: string;
  viewer: V;
  /** Readers with the same key share one projection of each change (several tabs). */
  viewerKey: string;
  /** The stream's Last-Event-ID: changes after it are replayed first. */
  lastEventId?: number;
  send(message: StreamMessage<D>): void;
}

/** A reconnecting reader is replayed at most this many changes; beyond, it reloads. */
export const REPLAY_LIMIT = 500;
const BATCH = 200;
const RETRY_MS = 1_000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

interface Entry<V, D> extends Subscriber<V, D> {
  cursor: number;
}

export interface LiveHubOptions<V, D> {
  db: Db;
  connectionString: string;
  project: Projector<V, D>;
  log?: (line: string) => void;
  /** False to hear only NOTIFY, as another instance would (tests of the cross-instance path). */
  hearLocalWrites?: boolean;
}

export class LiveHub<V = unknown, D = unknown> {
  private readonly subscribers = new Set<Entry<V, D>>();
  private listener: Promise<NotifyListener> | null = null;
  private stopLocal: (() => void) | null = null;
  /** The last change of the log this hub has delivered (or skipped). */
  private cursor: number | null = null;
  // One step at a time (reads, replays, deliveries), so each stream gets the log in order.
  private queue: Promise<void> = Promise.resolve();
  private draining = false;
  private wakeAgain = false;
  private retry: NodeJS.Timeout | null = null;
  private failing = false;
  private prunedAt = 0;

  constructor(private readonly options: LiveHubOptions<V, D>) {}

  /** Resolves once the stream is registered and its missed changes are sent. */
  async subscribe(subscriber: Subscriber<V, D>): Promise<() => void> {
    await this.start();
    const entry: Entry<V, D> = { ...subscriber, cursor: 0 };
    await this.step(() => this.admit(entry));
    return () => {
      this.subscribers.delete(entry);
    };
  }

  /** Open streams, for health checks and tests. */
  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** How events reach this hub: "notify" on a real server, "in-process" on the embedded one. */
  async mode(): Promise<ListenMode> {
    return (await this.start()).mode;
  }

  /** Whether LISTEN is up (null before the first stream started it). */
  async listening(): Promise<boolean | null> {
    if (this.listener === null) return null;
    return (await this.listener).connected;
  }

  /** Reads the log now; called on every NOTIFY and local write. */
  wake(): void {
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = true;
    void this.step(() => this.drain());
  }

  async close(): Promise<void> {
    this.stopLocal?.();
    this.stopLocal = null;
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
    const listener = this.listener;
    this.listener = null;
    this.subscribers.clear();
    if (listener !== null) await (await listener).close().catch(() => undefined);
    await this.queue;
  }

  private step(run: () => Promise<void>): Promise<void> {
    const next = this.queue.then(run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private start(): Promise<NotifyListener> {
    if (this.listener === null) {
      if (this.options.hearLocalWrites !== false) this.stopLocal = onLocalChange(() => this.wake());
      this.listener = startNotifyListener({
        connectionString: this.options.connectionString,
        serverVersion: () => serverVersion(this.options.db),
        onWake: () => this.wake(),
        log: this.options.log,
      });
      // A failed start is retried by the next subscriber rather than cached.
      this.listener.catch(() => {
        this.stopLocal?.();
        this.stopLocal = null;
        this.listener = null;
      });
    }
    return this.listener;
  }

  private async position(): Promise<number> {
    this.cursor ??= await latestSeq(this.options.db);
    return this.cursor;
  }

  /** Replays what the new stream missed, then lets it take live changes. */
  private async admit(entry: Entry<V, D>): Promise<void> {
    const now = await this.position();
    const since = entry.lastEventId;
    entry.cursor = now;
    if (since !== undefined && since < now) {
      const missed = (await reachesBackTo(this.options.db, since))
        ? await changesAfter(this.options.db, { after: since, upTo: now, sourceId: entry.sourceId, limit: REPLAY_LIMIT + 1 })
        : null;
      if (missed === null || missed.length > REPLAY_LIMIT) {
        entry.send({ type: "resync", seq: now });
      } else {
        entry.cursor = since;
        for (const event of missed) await this.deliver(event, [entry]);
        entry.cursor = now;
      }
    } else if (since !== undefined && since > now) {
      // A number this database never gave (it was reset): start over.
      const latest = await latestSeq(this.options.db);
      if (since > latest) entry.send({ type: "resync", seq: now });
    }
    // The first id lets EventSource's own reconnect send a Last-Event-ID.
    entry.send({ type: "skip", seq: entry.cursor });
    this.subscribers.add(entry);
  }

  private async drain(): Promise<void> {
    try {
      do {
        this.wakeAgain = false;
        for (;;) {
          const after = await this.position();
          const batch = await changesAfter(this.options.db, { after, limit: BATCH });
          for (const event of batch) {
            await this.deliver(event, [...this.subscribers].filter((s) => s.sourceId === event.sourceId));
            this.cursor = event.seq;
          }
          if (batch.length < BATCH) break;
        }
      } while (this.wakeAgain);
      if (this.failing) this.options.log?.("live: the change log is readable again");
      this.failing = false;
      await this.prune();
    } catch (error) {
      // One line per outage; the next NOTIFY, write or this retry reads again.
      if (!this.failing) (this.options.log ?? console.error)(`live: could not read the change log: ${isConnectionError(error) ? "database unreachable" : String(error)}`);
      this.failing = true;
      this.retry ??= setTimeout(() => {
        this.retry = null;
        this.wake();
      }, RETRY_MS);
    } finally {
      this.draining = false;
    }
  }

  private async deliver(event: LoggedChange, audience: Entry<V, D>[]): Promise<void> {
    const perViewer = new Map<string, Promise<D | null>>();
    for (const entry of audience) {
      if (event.seq <= entry.cursor) continue;
      let payload = perViewer.get(entry.viewerKey);
      if (payload === undefined) {
        payload = this.options.project({ db: this.options.db, viewer: entry.viewer, event });
        perViewer.set(entry.viewerKey, payload);
      }
      // A failed projection (the database went away) stops the read; it is retried from here.
      const data = await payload;
      entry.cursor = event.seq;
      try {
        entry.send(data === null ? { type: "skip", seq: event.seq } : { type: "event", seq: event.seq, data });
      } catch {
        // A stream closed under us: its abort handler unsubscribes it.
      }
    }
  }

  private async prune(): Promise<void> {
    if (Date.now() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = Date.now();
    await pruneChangeLog(this.options.db).catch(() => undefined);
  }
}

async function serverVersion(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ version: string }[]>`SELECT version() AS version`;
  return rows[0]?.version ?? "";
}
