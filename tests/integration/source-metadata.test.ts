import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { listMetadataRevisions } from "@/lib/sources/list-metadata-revisions";
import { prepareSource, storeSource } from "@/lib/sources/import-source";
import { updateSourceMetadata } from "@/lib/sources/update-source-metadata";
import { castGroup, failure, storeCorpusFile, VOGIATZIS, type Cast } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let groupSourceId: string;
let publicSourceId: string;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "meta");
  const prepared = prepareSource(new TextEncoder().encode("A capture with no author.\n"), "c.txt", { title: "Unknown capture" });
  if (!prepared.ok) throw new Error(prepared.error.message);
  groupSourceId = (await storeSource({ db, prepared: prepared.prepared, createdById: cast.owner.id, groupId: cast.groupId })).sourceId;
  publicSourceId = (await storeCorpusFile(db, VOGIATZIS, "vogiatzis-meta")).sourceId;
});
afterAll(async () => {
  await db.$disconnect();
});

const author = (id: string) => db.source.findUniqueOrThrow({ where: { id }, select: { author: true } }).then((s) => s.author);

describe("editing a source's metadata", () => {
  it("lets a group's editor fill in the author and keeps who changed what, and when", async () => {
    const before = Date.now();
    const { revision } = await updateSourceMetadata({ db, actor: cast.editor, sourceId: groupSourceId, input: { author: "Panagiotis Vogiatzis", published: "2012-05" } });
    expect(revision?.changes).toEqual({ author: { from: null, to: "Panagiotis Vogiatzis" }, published: { from: null, to: "2012-05" } });
    expect(revision?.editor).toEqual({ id: cast.editor.id, name: "meta editor" });
    expect(Date.parse(revision!.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(await author(groupSourceId)).toBe("Panagiotis Vogiatzis");

    await updateSourceMetadata({ db, actor: cast.owner, sourceId: groupSourceId, input: { author: "P. Vogiatzis", site: "" } });
    const history = await listMetadataRevisions({ db, actor: cast.viewer, sourceId: groupSourceId });
    expect(history.map((r) => [r.editor?.name, r.changes])).toEqual([
      ["meta owner", { author: { from: "Panagiotis Vogiatzis", to: "P. Vogiatzis" } }],
      ["meta editor", { author: { from: null, to: "Panagiotis Vogiatzis" }, published: { from: null, to: "2012-05" } }],
    ]);
  });

  it("writes no revision when nothing differs", async () => {
    const { revision } = await updateSourceMetadata({ db, actor: cast.editor, sourceId: groupSourceId, input: { author: "P. Vogiatzis" } });
    expect(revision).toBeNull();
    expect(await db.sourceMetadataRevision.count({ where: { sourceId: groupSourceId } })).toBe(2);
  });

  it("refuses annotators and viewers (403), and outsiders as if the source did not exist (404)", async () => {
    for (const who of [cast.annotator, cast.viewer]) {
      expect((await failure(updateSourceMetadata({ db, actor: who, sourceId: groupSourceId, input: { author: "X" } }))).status).toBe(403);
    }
    expect((await failure(updateSourceMetadata({ db, actor: cast.outsider, sourceId: groupSourceId, input: { author: "X" } }))).status).toBe(404);
    expect((await failure(listMetadataRevisions({ db, actor: cast.outsider, sourceId: groupSourceId }))).status).toBe(404);
    expect((await failure(updateSourceMetadata({ db, actor: { ...cast.outsider, admin: true }, sourceId: groupSourceId, input: { author: "X" } }))).status).toBe(404);
    expect(await author(groupSourceId)).toBe("P. Vogiatzis");
  });

  it("leaves the public corpus to the instance's administrators", async () => {
    const refused = await failure(updateSourceMetadata({ db, actor: cast.owner, sourceId: publicSourceId, input: { author: "Someone" } }));
    expect([refused.status, refused.message]).toEqual([403, "The public corpus is curated by this instance's administrators."]);
    expect((await failure(updateSourceMetadata({ db, actor: null, sourceId: publicSourceId, input: { author: "Someone" } }))).status).toBe(401);
    const admin = { ...cast.outsider, admin: true };
    const { revision } = await updateSourceMetadata({ db, actor: admin, sourceId: publicSourceId, input: { site: "In Defense of Marxism" } });
    expect(revision?.changes.site?.to).toBe("In Defense of Marxism");
    expect((await listMetadataRevisions({ db, actor: null, sourceId: publicSourceId })).map((r) => r.editor?.id)).toEqual([cast.outsider.id]);
  });

  it("refuses bad values with the field named, and changes nothing", async () => {
    const bad = await failure(updateSourceMetadata({ db, actor: cast.editor, sourceId: groupSourceId, input: { url: "javascript:alert(1)" } }));
    expect([bad.status, bad.message]).toEqual([400, "the url must be an absolute http(s) address"]);
    expect((await failure(updateSourceMetadata({ db, actor: cast.editor, sourceId: groupSourceId, input: { title: "" } }))).status).toBe(400);
    expect((await failure(updateSourceMetadata({ db, actor: cast.editor, sourceId: groupSourceId, input: { groupId: null } }))).status).toBe(400);
  });
});
