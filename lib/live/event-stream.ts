// The text/event-stream answer of GET /api/sources/:id/events, built on web
// streams only (lib/ does not import next/*). Messages are unnamed, so a plain
// EventSource `onmessage` gets them; each `data:` is what the hub's projector
// made, and each `id:` the change log's number, which EventSource sends back as
// Last-Event-ID when it reconnects. `event: resync` asks the client to reload.
import { randomUUID } from "node:crypto";
import type { LiveHub, StreamMessage } from "./hub";
import { acquireStream, type StreamOwner } from "./stream-limits";

/** Proxies and load balancers close connections idle for 30-60 s. */
export const HEARTBEAT_MS = 25_000;

export interface EventStreamOptions<V, D> {
  hub: LiveHub<V, D>;
  sourceId: string;
  /** Already allowed to read the source; each change is checked again by the projector. */
  viewer: V;
  /** Streams with the same key share projections; leave it out to share nothing. */
  viewerKey?: string;
  /** The Last-Event-ID header (or the query's lastEventId): replay what came after it. */
  lastEventId?: string | null;
  /** Counted against the caps of lib/live/stream-limits.ts; leave it out in tests. */
  owner?: StreamOwner;
  /** The request's signal: the browser went away. */
  signal: AbortSignal;
  heartbeatMs?: number;
}

/** A log number, or undefined for anything else (a stale UUID id of an older version). */
export function parseLastEventId(raw: string | null | undefined): number | undefined {
  if (raw === null || raw === undefined || !/^\d{1,15}$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}

function frame<D>(message: StreamMessage<D>): string {
  if (message.type === "event") return `id: ${message.seq}\ndata: ${JSON.stringify(message.data)}\n\n`;
  if (message.type === "resync") return `id: ${message.seq}\nevent: resync\ndata: {}\n\n`;
  return `id: ${message.seq}\n\n`;
}

export async function eventStreamResponse<V, D>(options: EventStreamOptions<V, D>): Promise<Response> {
  const { hub, sourceId, viewer, signal, heartbeatMs = HEARTBEAT_MS } = options;
  const release = options.owner === undefined ? () => {} : acquireStream(options.owner);
  if (release === null) {
    return Response.json(
      { error: { code: "too_many_streams", message: "Too many live connections are open from here; close some tabs and reload." } },
      { status: 429, headers: { "Retry-After": "30" } },
    );
  }
  const encoder = new TextEncoder();
  // Frames written before the stream's start() are kept until it runs.
  const early: string[] = [];
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let cleanup = () => {};
  const write = (chunk: string) => {
    if (controller === null) {
      early.push(chunk);
      return;
    }
    try {
      controller.enqueue(encoder.encode(chunk));
    } catch {
      cleanup();
    }
  };

  let unsubscribe: () => void;
  try {
    unsubscribe = await hub.subscribe({
      sourceId,
      viewer,
      viewerKey: options.viewerKey ?? randomUUID(),
      lastEventId: parseLastEventId(options.lastEventId),
      send: (message) => write(frame(message)),
    });
  } catch (error) {
    release();
    throw error;
  }
  const heartbeat = setInterval(() => write(": heartbeat\n\n"), heartbeatMs);
  let done = false;
  cleanup = () => {
    if (done) return;
    done = true;
    clearInterval(heartbeat);
    unsubscribe();
    release();
    signal.removeEventListener("abort", cleanup);
    try {
      controller?.close();
    } catch {
      // Already closed by the runtime.
    }
  };
  if (signal.aborted) cleanup();
  else signal.addEventListener("abort", cleanup, { once: true });

  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      // The comment flushes the headers at once; `retry` paces EventSource's reconnects.
      write(": connected\nretry: 3000\n\n");
      for (const chunk of early.splice(0)) write(chunk);
      if (done) c.close();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      // nginx would otherwise buffer the stream.
      "X-Accel-Buffering": "no",
    },
  });
}
