// One LISTEN connection per app process, shared by every browser stream: a
// connection per browser would exhaust the server's connection limit. A NOTIFY
// only wakes the hub, which reads the change log; so a LISTEN that was down
// loses nothing: once it is back, the hub reads what was written meanwhile.
import pg from "pg";
import { isEmbeddedDatabase } from "@/lib/db/client";
import { describeConnectionError } from "@/lib/db/connection-error";
import { isEmbeddedVersion } from "@/lib/db/embedded-version";
import { LIVE_CHANNEL } from "./change-event";

export type ListenMode = "notify" | "in-process";

export interface NotifyListener {
  /** "in-process" on the embedded database, where NOTIFY does not cross connections. */
  readonly mode: ListenMode;
  /** Whether LISTEN is up now (always true in-process). */
  readonly connected: boolean;
  close(): Promise<void>;
}

const RECONNECT_MS = 1_000;


export interface NotifyListenerOptions {
  connectionString: string;
  /**
   * `SELECT version()` through the app's existing pool. On PGlite even one
   * extra connection opened and closed was seen to break other connections'
   * later statements ("bind message supplies 2 parameters, but prepared
   * statement "" requires 7"), so the embedded database is recognized
   * without connecting to it again.
   */
  serverVersion: () => Promise<string>;
  /** Something was written to the change log; also called when LISTEN is back. */
  onWake: () => void;
  log?: (line: string) => void;
}

export async function startNotifyListener({ connectionString, serverVersion, onWake, log = console.log }: NotifyListenerOptions): Promise<NotifyListener> {
  // On the embedded database (PALIMPSEST_EMBEDDED_DB=1 says so without asking) NOTIFY
  // does not cross connections: the app is one process, and the in-process path
  // alone carries every change.
  if (isEmbeddedDatabase() || isEmbeddedVersion(await serverVersion())) {
    return { mode: "in-process", connected: true, close: async () => {} };
  }

  let client: pg.Client | null = null;
  let closed = false;
  let lost = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    const dropped = (error?: unknown) => {
      if (client !== next) return;
      client = null;
      void next.end().catch(() => undefined);
      if (closed) return;
      // One line when it drops and one when it is back, however long the outage.
      lost = true;
      log(`live: LISTEN connection lost (${describeConnectionError(error)}); reconnecting every ${RECONNECT_MS / 1000} s`);
      scheduleReconnect();
    };
    next.on("error", dropped);
    next.on("end", () => dropped());
    next.on("notification", (message) => {
      if (message.channel === LIVE_CHANNEL) onWake();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      next.removeAllListeners("end");
      await next.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    if (lost) {
      lost = false;
      log("live: LISTEN connection is back; replaying missed changes from the change log");
    }
    // Whatever was written while LISTEN was down (or before it started) is read now.
    onWake();
  };

  const scheduleReconnect = () => {
    if (closed || retry !== null) return;
    retry = setTimeout(() => {
      retry = null;
      connect().catch(scheduleReconnect);
    }, RECONNECT_MS);
  };

  await connect();
  return {
    mode: "notify",
    get connected() {
      return client !== null;
    },
    async close() {
      closed = true;
      if (retry !== null) clearTimeout(retry);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
