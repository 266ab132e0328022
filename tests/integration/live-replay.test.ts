// A stream that was away replays what it missed from the change log, from its
// Last-Event-ID, checked per reader; what the log no longer holds becomes a resync.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { liveEventForViewer } from "@/lib/annotations/live-event-for-viewer";
import type { LiveEventDto } from "@/lib/annotations/dto";
import type { Db } from "@/lib/db/client";
import { eventStreamResponse } from "@/lib/live/event-stream";
import { KEEP_LOG_MS, pruneChangeLog } from "@/lib/live/change-log";
import { LiveHub } from "@/lib/live/hub";
import { STREAMS_PER_USER } from "@/lib/live/stream-limits";
import { annotationInput, castGroup, type Cast, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase, sql, testDatabaseUrl } from "./support/database";
import { eventually, messages, readSse, type SseReader } from "./support/sse";

let db: Db;
let cast: Cast;
let source: StoredSource;
let hub: LiveHub<{ id: string } | null, LiveEventDto>;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "replay");
  source = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-replay");
  hub = new LiveHub({ db, connectionString: testDatabaseUrl(), project: liveEventForViewer });
});
afterAll(async () => {
  await hub.close();
  await db.$disconnect();
});

const annotate = (phrase: string, visibility: string) =>
  createAnnotation({ db, actor: cast.author, sourceId: source.sourceId, input: annotationInput(source.text, phrase, { visibility, groupId: cast.groupId }) });

async function open(viewer: { id: string } | null, lastEventId?: string): Promise<{ sse: SseReader; close: () => Promise<void> }> {
  const abort = new AbortController();
  const response = await eventStreamResponse({ hub, sourceId: source.sourceId, viewer, signal: abort.signal, lastEventId });
  const sse = readSse(response);
  return { sse, close: async () => { abort.abort(); await sse.done; } };
}

const createdIds = (sse: SseReader) =>
  messages(sse).flatMap((m) => (typeof m === "object" && m !== null && "annotation" in m ? [(m as { annotation: { id: string } }).annotation.id] : []));

describe("Last-Event-ID", () => {
  it("replays the events written while the reader was away, and only those it may read", async () => {
    const first = await open(cast.viewer);
    const seen = await annotate("The climax", "group");
    await eventually(() => (createdIds(first.sse).includes(seen.id) ? true : undefined));
    const lastId = first.sse.frames.findLast((f) => f.data !== "")?.id;
    await first.close();
    expect(lastId).toMatch(/^\d+$/);

    const missed = [await annotate("Some examples", "group"), await annotate("Horror in numbers", "public")];
    const secret = await annotate("Suffocating the revolution", "private");

    const back = await open(cast.viewer, lastId);
    await eventually(() => (createdIds(back.sse).length >= 2 ? true : undefined));
    const later = await annotate("Finally, it is also a lie", "public");
    await eventually(() => (createdIds(back.sse).includes(later.id) ? true : undefined));
    await back.close();
    expect(createdIds(back.sse)).toEqual([...missed.map((a) => a.id), later.id]);
    expect(createdIds(back.sse)).not.toContain(secret.id);
    // Ids grow in commit order, so the next reconnect resumes after the last one.
    const ids = back.sse.frames.flatMap((f) => (f.id === undefined ? [] : [Number(f.id)]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it("asks the reader to reload when the log no longer reaches back to its id", async () => {
    await annotate("But why did they confess?", "public");
    await sql(`DELETE FROM "ChangeLog"`);
    const back = await open(null, "1");
    await eventually(() => (back.sse.frames.some((f) => f.event === "resync") ? true : undefined));
    await back.close();
    expect(messages(back.sse)).toEqual([]);
  });
});

describe("the change log", () => {
  it("forgets changes older than a day, and keeps the rest", async () => {
    await annotate("Some examples", "public");
    const old = new Date(Date.now() - KEEP_LOG_MS - 60_000);
    await sql(`INSERT INTO "ChangeLog" ("sourceId", event, "createdAt") VALUES ($1, '{}', $2)`, [source.sourceId, old]);
    const before = Number((await sql(`SELECT count(*) AS n FROM "ChangeLog"`)).rows[0]?.n);
    expect(await pruneChangeLog(db)).toBe(1);
    expect(Number((await sql(`SELECT count(*) AS n FROM "ChangeLog"`)).rows[0]?.n)).toBe(before - 1);
  });
});

describe("open streams", () => {
  it("are capped per user: one more answers 429 with Retry-After until one closes", async () => {
    const owner = { userId: cast.viewer.id, address: "192.0.2.10" };
    const aborts = Array.from({ length: STREAMS_PER_USER }, () => new AbortController());
    const open_ = (signal: AbortSignal) => eventStreamResponse({ hub, sourceId: source.sourceId, viewer: cast.viewer, owner, signal });
    const streams = await Promise.all(aborts.map((a) => open_(a.signal)));
    expect(streams.map((r) => r.status)).toEqual(aborts.map(() => 200));
    const refused = await open_(new AbortController().signal);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    aborts[0]?.abort();
    const again = new AbortController();
    expect((await open_(again.signal)).status).toBe(200);
    again.abort();
    aborts.forEach((a) => a.abort());
    await Promise.all(streams.map((r) => r.body?.cancel().catch(() => undefined)));
  });
});
