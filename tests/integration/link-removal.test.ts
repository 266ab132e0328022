// Finding 1.6 of issue 8: links can be removed (by their author, the authors of
// either end, or the editors of either end's group), undone, and are rate-limited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Access, resolveAccess } from "@/lib/access";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createLink } from "@/lib/annotations/create-link";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { deleteLink } from "@/lib/annotations/links/delete-link";
import { LINK_RATE_RULE } from "@/lib/annotations/links/link-rate-limit";
import { restoreLink } from "@/lib/annotations/links/restore-link";
import { liveEventForViewer } from "@/lib/annotations/live-event-for-viewer";
import { changesAfter, latestSeq } from "@/lib/live/change-log";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, type Cast, failure, GREAT_PURGE, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { personOf } from "./annotations-fixtures";
import type { Person } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let source: StoredSource;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "links");
  source = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-links");
});
afterAll(() => db.$disconnect());

const access = (who: Person | null): Promise<Access | null> => resolveAccess(db, who);
const annotate = (who: Person, phrase: string) =>
  createAnnotation({ db, actor: who, sourceId: source.sourceId, input: annotationInput(source.text, phrase, { visibility: "group", groupId: cast.groupId }) });
const linkIds = async (id: string, who: Person = cast.author) => (await getAnnotation({ db, actor: who, id })).links.map((l) => l.id);

async function linked() {
  const from = await annotate(cast.author, "The climax");
  const to = await annotate(cast.editor, "Some examples");
  const link = await createLink({ db, actor: cast.annotator, fromId: from.id, input: { toId: to.id, kind: "rebuts", note: "see there" } });
  return { from, to, link };
}

describe("removing a link", () => {
  it("is refused to readers who neither wrote it nor either end nor edit the group", async () => {
    const { from, link } = await linked();
    const input = { annotationId: from.id, linkId: link.id };
    expect(await failure(deleteLink({ db, actor: await access(cast.viewer), input }))).toMatchObject({ status: 403 });
    expect(await failure(deleteLink({ db, actor: await access(cast.outsider), input }))).toMatchObject({ status: 404 });
    expect(await failure(deleteLink({ db, actor: null, input }))).toMatchObject({ status: 404 });
    // The link must belong to the annotation named in the path.
    const other = await annotate(cast.author, "Suffocating the revolution");
    expect(await failure(deleteLink({ db, actor: await access(cast.annotator), input: { annotationId: other.id, linkId: link.id } }))).toMatchObject({ status: 404 });
    expect(await linkIds(from.id)).toEqual([link.id]);
  });

  it("lets the link's author remove it and undo that, from either end", async () => {
    const { from, to, link } = await linked();
    const removed = await deleteLink({ db, actor: await access(cast.annotator), input: { annotationId: to.id, linkId: link.id } });
    expect(removed).toMatchObject({ id: link.id, kind: "rebuts", note: "see there" });
    expect(await linkIds(from.id)).toEqual([]);
    expect(await linkIds(to.id)).toEqual([]);
    expect(await restoreLink({ db, actor: await access(cast.annotator), input: { annotationId: to.id, linkId: link.id } })).toMatchObject({ id: link.id });
    expect(await linkIds(from.id)).toEqual([link.id]);
  });

  it("lets the authors of either end remove it", async () => {
    for (const endAuthor of [cast.author, cast.editor]) {
      const { from, link } = await linked();
      await deleteLink({ db, actor: await access(endAuthor), input: { annotationId: from.id, linkId: link.id } });
      expect(await linkIds(from.id)).toEqual([]);
    }
  });

  it("lets a group editor remove it, and then only an editor brings it back", async () => {
    const { from, link } = await linked();
    const input = { annotationId: from.id, linkId: link.id };
    await deleteLink({ db, actor: await access(cast.owner), input });
    expect(await failure(restoreLink({ db, actor: await access(cast.annotator), input }))).toMatchObject({ status: 403 });
    await restoreLink({ db, actor: await access(cast.owner), input });
    expect(await linkIds(from.id)).toEqual([link.id]);
  });

  it("lets the same link be drawn again after it was removed", async () => {
    const { from, to, link } = await linked();
    await deleteLink({ db, actor: await access(cast.annotator), input: { annotationId: from.id, linkId: link.id } });
    const again = await createLink({ db, actor: cast.author, fromId: from.id, input: { toId: to.id, kind: "rebuts", note: null } });
    expect(await linkIds(from.id)).toEqual([again.id]);
  });
});

describe("creating links", () => {
  it("caps the note at 500 characters", async () => {
    const from = await annotate(cast.author, "The climax");
    const to = await annotate(cast.author, "Some examples");
    const refused = failure(createLink({ db, actor: cast.author, fromId: from.id, input: { toId: to.id, kind: "cites", note: "x".repeat(501) } }));
    expect(await refused).toMatchObject({ status: 400 });
  });

  it("refuses a burst of links with 429 and a time to wait", async () => {
    const user = await db.user.create({ data: { name: "burst", email: "burst@example.org" } });
    await db.membership.create({ data: { groupId: cast.groupId, userId: user.id, role: "annotator" } });
    const sender = await personOf(db, user);
    const from = await annotate(sender, "The climax");
    const targets = await Promise.all(["Some examples", "Suffocating the revolution", "The climax", "Some examples", "The climax", "Some examples"].map((p) => annotate(cast.author, p)));
    const kinds = ["rebuts", "supports", "confirms", "refutes", "contextualizes", "cites"] as const;
    let made = 0;
    outer: for (const to of targets) {
      for (const kind of kinds) {
        if (made === LINK_RATE_RULE.points) break outer;
        await createLink({ db, actor: sender, fromId: from.id, input: { toId: to.id, kind, note: null } });
        made += 1;
      }
    }
    expect(made).toBe(LINK_RATE_RULE.points);
    const last = targets.at(-1);
    if (last === undefined) throw new Error("no targets");
    const refused = await failure(createLink({ db, actor: sender, fromId: from.id, input: { toId: last.id, kind: "cites", note: null } }));
    expect(refused).toMatchObject({ status: 429, code: "rate_limited" });
    expect(refused.error).toHaveProperty("retryAfterMs", expect.any(Number));
  });
});

describe("removing a link, live", () => {
  it("tells the readers of both ends' sources, whose next event no longer shows it; undo shows it again", async () => {
    const other = await storeCorpusFile(db, GREAT_PURGE, "purge-links-live");
    const from = await annotate(cast.author, "The climax");
    const to = await createAnnotation({ db, actor: cast.editor, sourceId: other.sourceId, input: annotationInput(other.text, "Great Purge", { visibility: "group", groupId: cast.groupId }) });
    const link = await createLink({ db, actor: cast.annotator, fromId: from.id, input: { toId: to.id, kind: "refutes", note: null } });
    const before = await latestSeq(db);
    await deleteLink({ db, actor: cast.author, input: { annotationId: from.id, linkId: link.id } });
    const logged = await changesAfter(db, { after: before, limit: 10 });
    expect(logged.map((c) => [c.sourceId, c.id, c.change])).toEqual([
      [source.sourceId, from.id, "updated"],
      [other.sourceId, to.id, "updated"],
    ]);
    // What the viewer's stream of each source is sent: the annotation, without the link.
    for (const change of logged) {
      const sent = await liveEventForViewer({ db, viewer: cast.viewer, event: change });
      expect(sent).toMatchObject({ type: "annotation", change: "updated", annotation: { id: change.id, links: [] } });
    }
    const undone = await latestSeq(db);
    await restoreLink({ db, actor: cast.author, input: { annotationId: from.id, linkId: link.id } });
    const [again] = await changesAfter(db, { after: undone, sourceId: other.sourceId, limit: 10 });
    expect(again).toBeDefined();
    const sent = await liveEventForViewer({ db, viewer: cast.viewer, event: again! });
    expect(sent).toMatchObject({ annotation: { links: [{ id: link.id, kind: "refutes", direction: "to", otherId: from.id, otherSourceSlug: "vogiatzis-links" }] } });
  });
});
