// Who sees what, for every role against every visibility, through both the
// list and the single read: the two must agree with each other and with lib/policy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import type { AnnotationDto } from "@/lib/annotations/dto";
import { getAnnotation } from "@/lib/annotations/get-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { summariesOf, summaryOf } from "@/lib/annotations/summary";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, type Cast, failure, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import type { Person } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let source: StoredSource;
let notes: Record<"private" | "group" | "public", AnnotationDto>;

type Reader = "author" | "owner" | "editor" | "annotator" | "viewer" | "outsider" | "anonymous";
const KRESTINSKY = "I do not recognize that I am guilty. I am not a Trotskyite.";
const READERS: Reader[] = ["author", "owner", "editor", "annotator", "viewer", "outsider", "anonymous"];
const caller = (reader: Reader): Person | null => (reader === "anonymous" ? null : cast[reader]);

// What each reader gets for each visibility: "ok" or the refusal's status.
const EXPECTED: Record<Reader, Record<"private" | "group" | "public", "ok" | 404>> = {
  author: { private: "ok", group: "ok", public: "ok" },
  owner: { private: 404, group: "ok", public: "ok" },
  editor: { private: 404, group: "ok", public: "ok" },
  annotator: { private: 404, group: "ok", public: "ok" },
  viewer: { private: 404, group: "ok", public: "ok" },
  outsider: { private: 404, group: 404, public: "ok" },
  anonymous: { private: 404, group: 404, public: "ok" },
};

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "vis");
  source = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-visibility");
  const create = (visibility: string, phrase: string) =>
    createAnnotation({ db, actor: cast.author, sourceId: source.sourceId, input: annotationInput(source.text, phrase, { visibility, groupId: cast.groupId }) });
  notes = {
    private: await create("private", "Suffocating the revolution"),
    group: await create("group", "The climax"),
    public: await create("public", "Some examples"),
  };
});
afterAll(() => db.$disconnect());

describe.each(READERS)("%s", (reader) => {
  it("lists exactly the annotations lib/policy lets them read, in document order", async () => {
    const listed = await listAnnotations({ db, actor: caller(reader), sourceId: source.sourceId });
    const expected = (["private", "group", "public"] as const)
      .filter((v) => EXPECTED[reader][v] === "ok")
      .map((v) => notes[v])
      .sort((a, b) => a.start - b.start)
      .map((a) => a.id);
    expect(listed.annotations.map(([id]) => id)).toEqual(expected);
    expect(listed.orphanCount).toBe(0);
    // A list entry is what the reader makes of the full annotation from a live event.
    for (const summary of summariesOf(listed, source.text)) {
      expect(summary).toEqual(summaryOf(await getAnnotation({ db, actor: caller(reader), id: summary.id })));
    }
    // Three annotations by one author: named once, and by index in each row.
    expect(listed.authors).toEqual(expected.length === 0 ? [] : [{ id: cast.author.id, name: "vis author" }]);
    expect(listed.annotations.map(([, author]) => author)).toEqual(expected.map(() => 0));
  });

  it.each(["private", "group", "public"] as const)("reads a %s annotation by id as expected", async (visibility) => {
    const expected = EXPECTED[reader][visibility];
    const read = getAnnotation({ db, actor: caller(reader), id: notes[visibility].id });
    if (expected === "ok") expect((await read).id).toBe(notes[visibility].id);
    else expect(await failure(read)).toMatchObject({ status: expected });
  });
});

describe("what each reader may do, as sent in `can`", () => {
  it.each([
    // Only the author decides who sees a note; the others are offered just its current visibility.
    ["author", { edit: true, delete: true, reply: true, link: true, visibilities: ["private", "group", "public"] }],
    ["owner", { edit: true, delete: true, reply: true, link: true, visibilities: ["public"] }],
    ["editor", { edit: true, delete: true, reply: true, link: true, visibilities: ["public"] }],
    ["annotator", { edit: false, delete: false, reply: true, link: true, visibilities: ["public"] }],
    ["viewer", { edit: false, delete: false, reply: false, link: false, visibilities: ["public"] }],
    ["outsider", { edit: false, delete: false, reply: false, link: false, visibilities: ["public"] }],
    ["anonymous", { edit: false, delete: false, reply: false, link: false, visibilities: ["public"] }],
  ] as const)("%s on the group's public annotation", async (reader, can) => {
    const dto = await getAnnotation({ db, actor: caller(reader), id: notes.public.id });
    expect(dto.can).toEqual(can);
  });
});

describe("filters", () => {
  it("narrow by visibility, layer, author and tag, never widening what is visible", async () => {
    const list = (filters: Record<string, string>, reader: Reader = "author") =>
      listAnnotations({ db, actor: caller(reader), sourceId: source.sourceId, filters }).then((l) => l.annotations.map(([id]) => id));
    expect(await list({ visibility: "private" })).toEqual([notes.private.id]);
    expect(await list({ visibility: "private" }, "owner")).toEqual([]);
    expect(await list({ author: cast.author.id }, "outsider")).toEqual([notes.public.id]);
    expect(await list({ layer: "rebuttal" })).toEqual([]);
    expect(await list({ tag: "nothing" })).toEqual([]);
    expect(await failure(list({ layer: "gossip" }))).toMatchObject({ code: "invalid_input", status: 400 });
  });

  it("find a layer and a tag for those who may see them", async () => {
    const input = annotationInput(source.text, KRESTINSKY, { groupId: cast.groupId, layer: "rebuttal", tags: ["NKVD"] });
    const tagged = await createAnnotation({ db, actor: cast.editor, sourceId: source.sourceId, input });
    const list = (filters: Record<string, string>, reader: Reader) =>
      listAnnotations({ db, actor: caller(reader), sourceId: source.sourceId, filters }).then((l) => l.annotations.map(([id]) => id));
    expect(await list({ layer: "rebuttal" }, "viewer")).toEqual([tagged.id]);
    expect(await list({ tag: "NKVD", layer: "rebuttal" }, "author")).toEqual([tagged.id]);
    expect(await list({ tag: "NKVD" }, "outsider")).toEqual([]);
    expect(await list({ author: cast.editor.id, visibility: "group" }, "annotator")).toEqual([tagged.id]);
  });
});
