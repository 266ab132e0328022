// One LISTEN connection per app process, shared by every browser stream: a
// connection per browser would exhaust the server's connection limit.
import pg from "pg";
import { type ChangeEvent, LIVE_CHANNEL, parseChangeEvent } from "./change-event";

export type ListenMode = "notify" | "in-process";

export interface NotifyListener {
  /** "in-process" on the embedded database, where NOTIFY does not cross connections. */
  readonly mode: ListenMode;
  close(): Promise<void>;
}

const RECONNECT_MS = 2_000;

/**
 * PGlite answers `SELECT version()` with "PostgreSQL 18.x (PGlite 0.5.x) on
 * wasm32...". PALIMPSEST_EMBEDDED_DB=1 says the same without asking.
 * There NOTIFY does not cross connections (../shared/ENVIRONMENT.md): the
 * app is one process, and the in-process path alone carries every change.
 */
export function isEmbeddedVersion(version: string): boolean {
  return /\bPGlite\b/i.test(version);
}

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
  onEvent: (event: ChangeEvent) => void;
}

export async function startNotifyListener({ connectionString, serverVersion, onEvent }: NotifyListenerOptions): Promise<NotifyListener> {
  if (process.env.PALIMPSEST_EMBEDDED_DB === "1" || isEmbeddedVersion(await serverVersion())) {
    return { mode: "in-process", close: async () => {} };
  }

  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    // A dropped connection (server restart, failover) is reopened; events sent
    // meanwhile are lost, and readers catch up on their next load.
    const dropped = () => {
      if (client !== next) return;
      client = null;
      void next.end().catch(() => undefined);
      scheduleReconnect();
    };
    next.on("error", dropped);
    next.on("end", dropped);
    next.on("notification", (message) => {
      if (message.channel !== LIVE_CHANNEL) return;
      const event = parseChangeEvent(message.payload);
      if (event !== null) onEvent(event);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      await next.end().catch(() => undefined);
    } else {
      client = next;
    }
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
    async close() {
      closed = true;
      if (retry !== null) clearTimeout(retry);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
