// Reads a text/event-stream Response the way EventSource does: frames split on a
// blank line, `id:`, `event:` and `data:` fields, comments ignored.
export interface SseFrame {
  id: string | undefined;
  event: string;
  data: string;
}

export interface SseReader {
  frames: SseFrame[];
  /** Everything received, comments included (heartbeats). */
  text(): string;
  done: Promise<void>;
}

export function readSse(response: Response): SseReader {
  const body = response.body;
  if (body === null) throw new Error("the response has no body");
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  const frames: SseFrame[] = [];
  let all = "";
  let pending = "";
  const done = (async () => {
    for (;;) {
      const { done: finished, value } = await reader.read();
      if (finished) return;
      all += value;
      pending += value;
      let end = pending.indexOf("\n\n");
      while (end >= 0) {
        const frame = parseFrame(pending.slice(0, end));
        if (frame !== null) frames.push(frame);
        pending = pending.slice(end + 2);
        end = pending.indexOf("\n\n");
      }
    }
  })();
  return { frames, text: () => all, done };
}

function parseFrame(raw: string): SseFrame | null {
  let id: string | undefined;
  let event = "message";
  const data: string[] = [];
  for (const line of raw.split("\n")) {
    if (line.startsWith(":") || line === "") continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "id") id = value;
    else if (field === "event") event = value;
    else if (field === "data") data.push(value);
  }
  if (id === undefined && data.length === 0) return null;
  return { id, event, data: data.join("\n") };
}

/** The `data:` of message frames, parsed. */
export function messages(reader: SseReader): unknown[] {
  return reader.frames.filter((f) => f.event === "message" && f.data !== "").map((f) => JSON.parse(f.data) as unknown);
}

export async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 8_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
