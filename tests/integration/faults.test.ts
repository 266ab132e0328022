// Postgres restarts under a running app: requests answer 503 with Retry-After
// while it is away, the same clients recover without a restart, no acknowledged
// write is lost, and a live stream gets the changes written right after the
// restart (its LISTEN was down then) as does a stream resuming from Last-Event-ID.
// Runs on a throwaway server of its own, whatever database the suite uses. The
// hub hears NOTIFY only, as another instance's hub would hear this one's writes.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import type { AnnotationDto, LiveEventDto } from "@/lib/annotations/dto";
import { liveEventForViewer } from "@/lib/annotations/live-event-for-viewer";
import { LOCK_KEYS, withAdvisoryLock } from "@/lib/db/advisory-lock";
import { createDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { checkHealth } from "@/lib/health/check-health";
import { errorResponse } from "@/lib/http";
import { eventStreamResponse } from "@/lib/live/event-stream";
import { LiveHub } from "@/lib/live/hub";
import { loadStarterCorpus } from "@/lib/sources/starter-corpus";
import { startThrowawayPostgres, type ThrowawayPostgres } from "@/scripts/lib/throwaway-postgres";
import { annotationInput, castGroup, type Cast, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { eventually, messages, readSse, type SseReader } from "./support/sse";

let server: ThrowawayPostgres;
let db: Db;
let cast: Cast;
let source: StoredSource;
let hub: LiveHub<{ id: string } | null, LiveEventDto>;
const logged: string[] = [];
const originalError = console.error;
const originalLog = console.log;

// The suite may run on the embedded database, which this file does not use.
const suiteEmbedded = process.env.PALIMPSEST_EMBEDDED_DB;

beforeAll(async () => {
  delete process.env.PALIMPSEST_EMBEDDED_DB;
  server = await startThrowawayPostgres();
  const migrated = await migrate(server.url, path.resolve("prisma/migrations"));
  if (!migrated.ok) throw new Error(migrated.error);
  db = createDb(server.url);
  cast = await castGroup(db, "faults");
  source = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-faults");
  hub = new LiveHub({ db, connectionString: server.url, project: liveEventForViewer, log: (line) => logged.push(line), hearLocalWrites: false });
  // Everything the app would log during the outage, to count the lines.
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(" "));
  console.log = (...args: unknown[]) => logged.push(args.map(String).join(" "));
}, 120_000);
afterAll(async () => {
  if (suiteEmbedded !== undefined) process.env.PALIMPSEST_EMBEDDED_DB = suiteEmbedded;
  console.error = originalError;
  console.log = originalLog;
  await hub?.close();
  await db?.$disconnect();
  await server?.destroy();
});

const annotate = (phrase: string) =>
  createAnnotation({ db, actor: cast.author, sourceId: source.sourceId, input: annotationInput(source.text, phrase, { visibility: "group", groupId: cast.groupId }) });

async function open(lastEventId?: string): Promise<{ sse: SseReader; close: () => Promise<void> }> {
  const abort = new AbortController();
  const sse = readSse(await eventStreamResponse({ hub, sourceId: source.sourceId, viewer: cast.viewer, viewerKey: cast.viewer.id, signal: abort.signal, lastEventId }));
  return { sse, close: async () => { abort.abort(); await sse.done; } };
}

const annotationIds = (sse: SseReader) =>
  messages(sse).flatMap((m) => (typeof m === "object" && m !== null && "annotation" in m ? [(m as { annotation: { id: string } }).annotation.id] : []));

/** Retries a write until the database acknowledges it, as a client honouring Retry-After would. */
async function acknowledged(write: () => Promise<AnnotationDto>): Promise<AnnotationDto> {
  return eventually(async () => write().catch(() => undefined), 30_000);
}

describe("a Postgres restart under a running app", () => {
  it("answers 503 while it is away, recovers by itself, loses no acknowledged write, and streams what came right after", async () => {
    const live = await open();
    const before = await annotate("The climax");
    await eventually(() => (annotationIds(live.sse).includes(before.id) ? true : undefined));
    const resumeFrom = live.sse.frames.findLast((f) => f.data !== "")?.id;
    expect(await hub.listening()).toBe(true);

    await server.stop();
    const failures = await Promise.all(["Some examples", "Horror in numbers", "Suffocating the revolution"].map((p) => annotate(p).then(() => null, (e: unknown) => e)));
    const responses = failures.map((failure) => errorResponse(failure));
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await response.json()).toEqual({ error: expect.objectContaining({ code: "database_unavailable", message: expect.stringMatching(/database cannot be reached/) }) });
    }
    const health = await checkHealth({ db, migrationsDir: path.resolve("prisma/migrations"), live: async () => ({ mode: await hub.mode(), connected: await hub.listening() }) });
    expect(health).toMatchObject({ ok: false, database: "unreachable" });
    await eventually(async () => ((await hub.listening()) === false ? true : undefined));

    await server.start();
    // Written at once, before the hub's LISTEN has reconnected.
    const after = [await acknowledged(() => annotate("Finally, it is also a lie")), await acknowledged(() => annotate("But why did they confess?"))];
    await eventually(() => (after.every((a) => annotationIds(live.sse).includes(a.id)) ? true : undefined), 15_000);
    expect(await hub.listening()).toBe(true);
    expect(annotationIds(live.sse)).toEqual([before.id, ...after.map((a) => a.id)]);

    // A browser that reconnects (to this instance or another) from its last id gets them too.
    const resumed = await open(resumeFrom);
    await eventually(() => (annotationIds(resumed.sse).length >= 2 ? true : undefined));
    expect(annotationIds(resumed.sse)).toEqual(after.map((a) => a.id));
    await resumed.close();
    await live.close();

    // Every acknowledged write is stored, once; the refused ones are not.
    const stored = await db.annotation.findMany({ where: { sourceId: source.sourceId }, select: { id: true, exact: true } });
    expect(stored.map((a) => a.id).sort()).toEqual([before.id, ...after.map((a) => a.id)].sort());
    expect(await checkHealth({ db, migrationsDir: path.resolve("prisma/migrations"), live: async () => ({ mode: await hub.mode(), connected: await hub.listening() }) })).toEqual({
      ok: true, database: "reachable", pendingMigrations: [], live: "listening",
    });

    // One line when the database went away and one when it came back; one each for LISTEN.
    expect(logged.filter((line) => line.startsWith("database: unreachable"))).toHaveLength(1);
    expect(logged.filter((line) => line.startsWith("database: reachable again"))).toHaveLength(1);
    expect(logged.filter((line) => line.startsWith("live: LISTEN connection lost"))).toHaveLength(1);
    expect(logged.filter((line) => line.startsWith("live: LISTEN connection is back"))).toHaveLength(1);
    expect(logged.filter((line) => /\n\s+at /.test(line))).toEqual([]);
  });
});

describe("two instances starting at once", () => {
  it("load the starter corpus once, and only the one that loaded it says so", async () => {
    const admin = createDb(server.url);
    await admin.$executeRawUnsafe(`CREATE DATABASE corpus_race`);
    await admin.$disconnect();
    const url = server.url.replace(/\/postgres$/, "/corpus_race");
    const migrated = await migrate(url, path.resolve("prisma/migrations"));
    if (!migrated.ok) throw new Error(migrated.error);
    const instances = [createDb(url), createDb(url)];
    try {
      const results = await Promise.all(
        instances.map((instance) => withAdvisoryLock(url, LOCK_KEYS.starterCorpus, () => loadStarterCorpus(instance, path.resolve("prisma/corpus")))),
      );
      expect(results.map((r) => r.loaded).sort()).toEqual([false, true]);
      const manifest = JSON.parse(await readFile(path.resolve("prisma/corpus/manifest.json"), "utf8")) as { sources: unknown[] };
      expect(await instances[0]?.source.count()).toBe(manifest.sources.length);
    } finally {
      await Promise.all(instances.map((instance) => instance.$disconnect()));
    }
  });
});
