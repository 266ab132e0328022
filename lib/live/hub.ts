// Fans committed changes out to the browser streams of this process. Events
// arrive by two paths: the in-process bus (changes made by this process) and,
// on a real Postgres server, LISTEN (changes made by any instance, this one
// included). Each is sent once, by event id.
import type { LiveEventDto } from "@/lib/annotations/dto";
import type { Db } from "@/lib/db/client";
import type { ChangeEvent } from "./change-event";
import { eventForViewer, type Viewer } from "./event-for-viewer";
import { onLocalChange } from "./local-bus";
import { type ListenMode, startNotifyListener, type NotifyListener } from "./notify-listener";

export interface Subscriber {
  sourceId: string;
  viewer: Viewer | null;
  send(event: LiveEventDto, eventId: string): void;
}

/** Enough to cover the gap between the two paths, which is milliseconds. */
const REMEMBERED_EVENTS = 2_048;

export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly seen = new Set<string>();
  private listener: Promise<NotifyListener> | null = null;
  private stopLocal: (() => void) | null = null;
  // One event at a time, so a stream sees an annotation's changes in order.
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: { db: Db; connectionString: string }) {}

  /** Starts listening on the first subscriber; resolves once events can be heard. */
  async subscribe(subscriber: Subscriber): Promise<() => void> {
    this.subscribers.add(subscriber);
    await this.start();
    return () => {
      this.subscribers.delete(subscriber);
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

  async close(): Promise<void> {
    this.stopLocal?.();
    this.stopLocal = null;
    const listener = this.listener;
    this.listener = null;
    this.subscribers.clear();
    if (listener !== null) await (await listener).close();
    await this.queue;
  }

  private start(): Promise<NotifyListener> {
    if (this.listener === null) {
      this.stopLocal = onLocalChange((event) => this.receive(event));
      this.listener = startNotifyListener({
        connectionString: this.options.connectionString,
        serverVersion: () => serverVersion(this.options.db),
        onEvent: (event) => this.receive(event),
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

  private receive(event: ChangeEvent): void {
    if (this.seen.has(event.eventId)) return;
    this.seen.add(event.eventId);
    if (this.seen.size > REMEMBERED_EVENTS) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    this.queue = this.queue.then(() => this.deliver(event)).catch((error: unknown) => {
      console.error(`live: could not deliver ${event.kind} ${event.id}:`, error);
    });
  }

  private async deliver(event: ChangeEvent): Promise<void> {
    const audience = [...this.subscribers].filter((s) => s.sourceId === event.sourceId);
    // Readers with several tabs open share one policy check and one query.
    const perViewer = new Map<string, Promise<LiveEventDto | null>>();
    for (const subscriber of audience) {
      const key = subscriber.viewer?.id ?? "";
      let payload = perViewer.get(key);
      if (payload === undefined) {
        payload = eventForViewer(this.options.db, subscriber.viewer, event).catch((error: unknown) => {
          console.error(`live: could not prepare ${event.kind} ${event.id} for a reader:`, error);
          return null;
        });
        perViewer.set(key, payload);
      }
      const dto = await payload;
      if (dto === null || !this.subscribers.has(subscriber)) continue;
      try {
        subscriber.send(dto, event.eventId);
      } catch {
        // A stream closed under us: its abort handler unsubscribes it.
      }
    }
  }
}

async function serverVersion(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ version: string }[]>`SELECT version() AS version`;
  return rows[0]?.version ?? "";
}

const KEY = Symbol.for("palimpsest.live.hub");
const globalWithHub: typeof globalThis & { [KEY]?: LiveHub } = globalThis;

/** The app's one hub (one LISTEN connection per process), on the app's database. */
export function liveHub(db: Db): LiveHub {
  let hub = globalWithHub[KEY];
  if (hub === undefined) {
    const connectionString = process.env.DATABASE_URL;
    if (connectionString === undefined || connectionString === "") throw new Error("DATABASE_URL is not set.");
    hub = new LiveHub({ db, connectionString });
    globalWithHub[KEY] = hub;
  }
  return hub;
}
