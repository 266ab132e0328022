// Live updates against whatever database TEST_DATABASE_URL is. A real server
// carries NOTIFY between connections; the embedded PGlite does not, and there
// the in-process path is what must work. The suite asks the database which it is.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createReply } from "@/lib/annotations/create-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import type { LiveEventDto } from "@/lib/annotations/dto";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { liveEventForViewer } from "@/lib/annotations/live-event-for-viewer";
import { changeEvent, LIVE_CHANNEL } from "@/lib/live/change-event";
import { changesAfter, latestSeq } from "@/lib/live/change-log";
import { eventStreamResponse } from "@/lib/live/event-stream";
import { LiveHub } from "@/lib/live/hub";
import { onLocalChange } from "@/lib/live/local-bus";
import { notifyInTransaction } from "@/lib/live/publish";
import { annotationInput, castGroup, type Cast, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase, sql, testDatabaseUrl } from "./support/database";
import { eventually, readSse } from "./support/sse";

let db: Db;
let cast: Cast;
let source: StoredSource;
let embedded: boolean;
let hub: LiveHub<{ id: string } | null, LiveEventDto>;

beforeAll(async () => {
  db = await freshDatabase();
  const { rows } = await sql("SELECT version() AS version");
  embedded = /PGlite/.test(String(rows[0]?.version));
  if (embedded) {
    // pglite-socket 0.2.17 queues protocol messages one by one, not per query:
    // two pool connections busy at once can run one's Bind against the
    // other's Parse ("bind message supplies 2 parameters, but prepared
    // statement "" requires 7"). The hub's reads beside the service's writes
    // do exactly that, so on PGlite this suite uses one connection, as the
    // app should (reported to the lead for lib/db/client.ts).
    await db.$disconnect();
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabaseUrl(), max: 1 }) });
  }
  cast = await castGroup(db, "live");
  source = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-live");
  hub = new LiveHub({ db, connectionString: testDatabaseUrl(), project: liveEventForViewer });
});
afterAll(async () => {
  await hub.close();
  await db.$disconnect();
});

const annotate = (phrase: string, visibility: string, caller = cast.author) =>
  createAnnotation({ db, actor: caller, sourceId: source.sourceId, input: annotationInput(source.text, phrase, { visibility, groupId: cast.groupId }) });

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("publishing a committed change", () => {
  it("logs it in order, wakes this process, and NOTIFYs other connections on a real server", async () => {
    const listener = embedded ? null : new pg.Client({ connectionString: testDatabaseUrl() });
    const heard: string[] = [];
    listener?.on("notification", (message) => {
      if (message.channel === LIVE_CHANNEL) heard.push(message.payload ?? "");
    });
    await listener?.connect();
    await listener?.query(`LISTEN ${LIVE_CHANNEL}`);
    let woken = 0;
    const off = onLocalChange(() => woken++);
    try {
      const start = await latestSeq(db);
      // Rolled back: neither logged nor heard.
      const dropped = changeEvent({ sourceId: source.sourceId, kind: "annotation", id: "rolled-back", change: "created" });
      await db.$transaction(async (tx) => {
        await notifyInTransaction(tx, dropped);
        throw new Error("roll back");
      }).catch(() => undefined);
      const created = await annotate("The climax", "group");
      const logged = await changesAfter(db, { after: start, limit: 10 });
      expect(logged).toEqual([expect.objectContaining({ sourceId: source.sourceId, kind: "annotation", id: created.id, change: "created" })]);
      expect(woken).toBe(1);
      if (listener !== null) {
        await eventually(() => (heard.length > 0 ? true : undefined));
        expect(heard).toEqual([String(logged[0]?.seq)]);
      }
      expect(await hub.mode()).toBe(embedded ? "in-process" : "notify");
    } finally {
      off();
      await listener?.end();
    }
  });
});

describe("the hub", () => {
  type Inbox = { events: { event: LiveEventDto; id: string }[]; unsubscribe: () => void };
  const inboxes = new Map<string, Inbox>();
  const open = async (name: string, viewer: { id: string } | null, sourceId = source.sourceId) => {
    const inbox: Inbox = { events: [], unsubscribe: () => {} };
    inbox.unsubscribe = await hub.subscribe({ sourceId, viewer, viewerKey: viewer?.id ?? "", send: (m) => (m.type === "event" ? void inbox.events.push({ event: m.data, id: String(m.seq) }) : undefined) });
    inboxes.set(name, inbox);
  };
  const received = (name: string) => inboxes.get(name)?.events.map((e) => e.event) ?? [];
  const aboutAnnotation = (name: string, id: string) =>
    received(name).filter((e) => (e.type === "annotation" && ("annotation" in e ? e.annotation.id : e.id) === id));

  beforeAll(async () => {
    await open("author", cast.author);
    await open("viewer", cast.viewer);
    await open("viewer, second tab", cast.viewer);
    await open("outsider", cast.outsider);
    await open("anonymous", null);
    await open("another source", cast.viewer, "some-other-source");
  });
  afterAll(() => inboxes.forEach((inbox) => inbox.unsubscribe()));

  it("sends each reader only what lib/policy lets them read, once", async () => {
    const secret = await annotate("Suffocating the revolution", "private");
    const shared = await annotate("Some examples", "group");
    const open_ = await annotate("Horror in numbers", "public");
    await eventually(() => (aboutAnnotation("anonymous", open_.id).length > 0 ? true : undefined));
    await eventually(() => (aboutAnnotation("viewer, second tab", open_.id).length > 0 ? true : undefined));
    await settle(); // a second copy by the other path would arrive within this

    expect(aboutAnnotation("author", secret.id)).toHaveLength(1);
    for (const name of ["viewer", "viewer, second tab", "outsider", "anonymous"]) expect(aboutAnnotation(name, secret.id)).toEqual([]);
    for (const name of ["author", "viewer", "viewer, second tab"]) expect(aboutAnnotation(name, shared.id)).toHaveLength(1);
    for (const name of ["outsider", "anonymous"]) expect(aboutAnnotation(name, shared.id)).toEqual([]);
    for (const name of ["author", "viewer", "outsider", "anonymous"]) expect(aboutAnnotation(name, open_.id)).toHaveLength(1);
    expect(received("another source")).toEqual([]);
    expect(aboutAnnotation("viewer", shared.id)[0]).toMatchObject({ change: "created", annotation: { exact: "Some examples", can: { edit: false } } });
    expect(aboutAnnotation("author", shared.id)[0]).toMatchObject({ annotation: { can: { edit: true } } });
  });

  it("sends replies to readers of the annotation, and tells former readers to drop a note made private", async () => {
    const shared = await annotate("But why did they confess?", "group");
    await createReply({ db, actor: cast.annotator, annotationId: shared.id, input: { body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Because of the GPU." }] }] } } });
    // Events are judged when delivered: had the note turned private first, the reply would not be sent.
    await eventually(() => received("viewer").find((e) => e.type === "reply"));
    await updateAnnotation({ db, actor: cast.author, id: shared.id, input: { version: 1, visibility: "private" } });
    await eventually(() => received("viewer").find((e) => e.type === "annotation" && e.change === "hidden"));
    await settle();
    expect(received("viewer").filter((e) => e.type === "reply")).toEqual([expect.objectContaining({ reply: expect.objectContaining({ annotationId: shared.id, bodyText: "Because of the GPU." }) })]);
    expect(received("outsider").filter((e) => e.type === "reply")).toEqual([]);
    expect(aboutAnnotation("viewer", shared.id).map((e) => e.change)).toEqual(["created", "hidden"]);
    expect(aboutAnnotation("viewer", shared.id)[1]).toEqual({ type: "annotation", change: "hidden", id: shared.id });
    expect(aboutAnnotation("author", shared.id).map((e) => e.change)).toEqual(["created", "updated"]);
    expect(aboutAnnotation("outsider", shared.id)).toEqual([]);
  });

  it("announces a deletion to those who could read the annotation", async () => {
    const open_ = await annotate("Vyshinsky preferred to change the subject immediately.", "public");
    await deleteAnnotation({ db, actor: cast.author, id: open_.id });
    const deleted = await eventually(() => aboutAnnotation("anonymous", open_.id).find((e) => e.change === "deleted"));
    expect(deleted).toMatchObject({ annotation: { id: open_.id, deleted: true } });
  });

  it("hears another instance's change through NOTIFY on a real server, never on the embedded one", async () => {
    const made = await annotate("The revolution devours its own children?", "public");
    await settle();
    const before = aboutAnnotation("anonymous", made.id).length;
    // As another app instance would write it: a log row and a NOTIFY, from another connection.
    const event = changeEvent({ sourceId: source.sourceId, kind: "annotation", id: made.id, change: "updated" });
    const { rows } = await sql(`INSERT INTO "ChangeLog" ("sourceId", event) VALUES ($1, $2) RETURNING seq`, [source.sourceId, JSON.stringify(event)]);
    await sql(`SELECT pg_notify($1, $2)`, [LIVE_CHANNEL, String(rows[0]?.seq)]);
    await settle();
    expect(aboutAnnotation("anonymous", made.id).length).toBe(embedded ? before : before + 1);
  });
});

describe("the events stream", () => {
  it("streams DTOs as server-sent events with heartbeats, and unsubscribes on abort", async () => {
    const abort = new AbortController();
    const baseline = hub.subscriberCount;
    const response = await eventStreamResponse({ hub, sourceId: source.sourceId, viewer: cast.viewer, signal: abort.signal, heartbeatMs: 30 });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(hub.subscriberCount).toBe(baseline + 1);
    const sse = readSse(response);

    const created = await annotate("Finally, it is also a lie", "group");
    const frame = await eventually(() => sse.text().split("\n\n").find((f) => f.includes(`"id":"${created.id}"`)));
    const data = frame.split("\n").find((line) => line.startsWith("data: "));
    expect(JSON.parse(data?.slice(6) ?? "null")).toMatchObject({ type: "annotation", change: "created", annotation: { id: created.id } });
    expect(frame).toMatch(/^id: \d+$/m);
    await eventually(() => (sse.text().includes(": heartbeat") ? true : undefined));

    abort.abort();
    await sse.done;
    expect(hub.subscriberCount).toBe(baseline);
  });
});
