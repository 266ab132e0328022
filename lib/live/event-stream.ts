// The text/event-stream answer of GET /api/sources/:id/events, built on web
// streams only (lib/ does not import next/*). Messages are unnamed, so a plain
// EventSource `onmessage` gets them; each `data:` is one LiveEventDto.
import type { Viewer } from "./event-for-viewer";
import type { LiveHub } from "./hub";

/** Proxies and load balancers close connections idle for 30-60 s. */
export const HEARTBEAT_MS = 25_000;

export interface EventStreamOptions {
  hub: LiveHub;
  sourceId: string;
  /** Already allowed to read the source; each event is checked again per annotation. */
  viewer: Viewer | null;
  /** The request's signal: the browser went away. */
  signal: AbortSignal;
  heartbeatMs?: number;
}

export async function eventStreamResponse({ hub, sourceId, viewer, signal, heartbeatMs = HEARTBEAT_MS }: EventStreamOptions): Promise<Response> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  const write = (chunk: string) => {
    try {
      controller?.enqueue(encoder.encode(chunk));
    } catch {
      cleanup();
    }
  };

  const unsubscribe = await hub.subscribe({
    sourceId,
    viewer,
    send: (event, eventId) => write(`id: ${eventId}\ndata: ${JSON.stringify(event)}\n\n`),
  });
  const heartbeat = setInterval(() => write(": heartbeat\n\n"), heartbeatMs);
  let done = false;
  cleanup = () => {
    if (done) return;
    done = true;
    clearInterval(heartbeat);
    unsubscribe();
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
