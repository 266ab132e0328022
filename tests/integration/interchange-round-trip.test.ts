// Issue 10, sections 3 and 5: annotations exported as W3C JSON-LD and imported onto
// another copy of the text come back with the same anchors and bodies; a Hypothesis
// export is placed, moved, doubted or orphaned as lib/anchoring finds it; bad files
// write nothing. Real Postgres, real corpus text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { startedAnnotationsHub } from "@/lib/annotations/live-hub";
import type { Db } from "@/lib/db/client";
import { importAnnotations } from "@/lib/interchange/import/import-annotations";
import { loadAnnotations } from "@/lib/interchange/load-annotations";
import { collectionOf, pageOf } from "@/lib/interchange/w3c/collection";
import { annotationToW3c, linkToW3c } from "@/lib/interchange/w3c/to-w3c";
import { castGroup, type Cast, failure, passage, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase, testDatabaseUrl } from "./support/database";

const BASE = { origin: "https://palimpsest.example.org" };
let db: Db;
let cast: Cast;
let original: StoredSource;
let copy: StoredSource;

const RICH = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Kirov's murder, " }, { type: "text", text: "read closely", marks: [{ type: "bold" }, { type: "italic" }] }, { type: "text", text: "." }] },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "a quoted line", marks: [{ type: "link", attrs: { href: "https://example.org/kirov" } }] }] }] },
    { type: "orderedList", attrs: { start: 1 }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "first point" }] }] }] },
  ],
};

const anchorOf = (a: { start: number; end: number; exact: string; prefix: string; suffix: string }) => ({ start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix });

beforeAll(async () => {
  db = await freshDatabase();
  // The write limit counts on the app's own client.
  process.env.DATABASE_URL = testDatabaseUrl();
  cast = await castGroup(db, "roundtrip");
  original = await storeCorpusFile(db, VOGIATZIS, "rt-original");
  copy = await storeCorpusFile(db, VOGIATZIS, "rt-copy");
});

afterAll(async () => {
  await startedAnnotationsHub()?.close();
  await db.$disconnect();
});

describe("export then import", () => {
  it("gives back the same anchors, notes, layers and tags, with the importer as author and the creator in provenance", async () => {
    const phrases = ["Kirov was not “a third-rate bureaucrat”", "Hundreds of people were condemned", "Trotsky openly accused Stalin"];
    const layers = ["apologist_claim", "archival_finding", "rebuttal"] as const;
    const made = [];
    for (const [i, phrase] of phrases.entries()) {
      const at = passage(original.text, phrase);
      made.push(
        await createAnnotation({
          db,
          actor: cast.author,
          sourceId: original.sourceId,
          input: { ...at, visibility: "public", groupId: cast.groupId, layer: layers[i], body: i === 0 ? RICH : { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `note ${i}` }] }] }, tags: i === 1 ? ["NKVD", "1934"] : [] },
        }),
      );
    }
    const exported = await loadAnnotations(db, { sourceId: original.sourceId, deletedAt: null }, { skip: 0, take: 100 });
    const collectionId = `${BASE.origin}/export/1`;
    const items = [
      ...exported.map((e) => annotationToW3c(BASE, e.annotation)),
      linkToW3c(BASE, { id: "l1", kind: "refutes", note: null, from: { id: made[1]!.id, sourceSlug: "rt-original" }, to: { id: made[0]!.id, sourceSlug: "rt-original" }, creator: { name: "x" }, created: new Date().toISOString() }),
    ];
    const document = JSON.stringify([
      collectionOf({ id: collectionId, label: "export", total: items.length, first: `${collectionId}?page=0` }),
      pageOf({ id: `${collectionId}?page=0`, partOf: { id: collectionId }, startIndex: 0, items }),
    ]);

    const input = { document, visibility: "private", groupId: null, layer: "primary_document" };
    const preview = await importAnnotations({ db, actor: cast.editor, sourceId: copy.sourceId, input: { ...input, mode: "preview" } });
    expect([preview.format, preview.counts, preview.skipped, preview.imported]).toEqual(["w3c", { placed: 3, moved: 0, doubtful: 0, orphaned: 0 }, { links: 1, replies: 0 }, 0]);
    expect(await db.annotation.count({ where: { sourceId: copy.sourceId } })).toBe(0);

    const committed = await importAnnotations({ db, actor: cast.editor, sourceId: copy.sourceId, input: { ...input, mode: "commit", versionId: preview.versionId } });
    expect(committed.imported).toBe(3);
    const back = await db.annotation.findMany({ where: { sourceId: copy.sourceId }, include: { importedFrom: true }, orderBy: { start: "asc" } });
    const before = await db.annotation.findMany({ where: { sourceId: original.sourceId }, orderBy: { start: "asc" } });
    expect(back.map(anchorOf)).toEqual(before.map(anchorOf));
    expect(back.map((a) => [a.body, a.bodyText, a.layer, a.tags])).toEqual(before.map((a) => [a.body, a.bodyText, a.layer, a.tags]));
    expect(back.map((a) => a.authorId)).toEqual([cast.editor.id, cast.editor.id, cast.editor.id]);
    expect(back.map((a) => [a.importedFrom?.format, a.importedFrom?.originalCreator, a.importedFrom?.importedById])).toEqual(back.map(() => ["w3c", "roundtrip author", cast.editor.id]));
    expect(back.map((a) => a.importedFrom?.originalId).sort()).toEqual(before.map((a) => `${BASE.origin}/api/w3c/sources/rt-original/${a.id}`).sort());
    // Each imported note has its first revision, like any other.
    expect(await db.annotationRevision.count({ where: { annotationId: { in: back.map((a) => a.id) } } })).toBe(3);
  });

  it("places a Hypothesis export by quote and position: placed, moved, doubtful (listed) and orphaned", async () => {
    const exact = passage(original.text, "Zinoviev and Kamenev");
    const moved = passage(original.text, "the rising star of the leadership group");
    const edited = passage(original.text, "Although no hard evidence has been found, it is safe to conclude");
    const target = (selector: unknown[]) => [{ source: "https://example.org/article", selector }];
    const exportJson = {
      export_date: "2026-11-30T10:00:00Z",
      export_userid: "acct:reader@hypothes.is",
      client_version: "1.0",
      annotations: [
        { id: "h1", created: "2025-01-02T03:04:05Z", user: "acct:reader@hypothes.is", text: "Both tried in 1936.\n\nSecond paragraph.", tags: ["trial"], target: target([{ type: "TextQuoteSelector", exact: exact.exact }, { type: "TextPositionSelector", start: exact.start, end: exact.end }]) },
        { id: "h2", user: "acct:reader@hypothes.is", text: "", tags: [], target: target([{ type: "TextQuoteSelector", exact: moved.exact }, { type: "TextPositionSelector", start: moved.start + 500, end: moved.end + 500 }]) },
        { id: "h3", user: "acct:reader@hypothes.is", text: "edited", target: target([{ type: "TextQuoteSelector", exact: edited.exact.replace("hard evidence", "firm proof") }, { type: "TextPositionSelector", start: edited.start, end: edited.end }]) },
        { id: "h4", user: "acct:reader@hypothes.is", text: "elsewhere", target: target([{ type: "TextQuoteSelector", exact: "This sentence is in no version of any text in the corpus whatsoever." }]) },
        { id: "h5", user: "acct:reader@hypothes.is", text: "a reply", references: ["h1"], target: target([]) },
      ],
    };
    const input = { document: JSON.stringify(exportJson), visibility: "group", groupId: cast.groupId, layer: "rebuttal" };
    const preview = await importAnnotations({ db, actor: cast.author, sourceId: original.sourceId, input: { ...input, mode: "preview" } });
    expect([preview.format, preview.counts, preview.skipped]).toEqual(["hypothesis", { placed: 1, moved: 1, doubtful: 1, orphaned: 1 }, { links: 0, replies: 1 }]);
    expect(preview.doubtful).toEqual([expect.objectContaining({ index: 2, exact: expect.stringContaining("firm proof"), foundText: expect.stringContaining("hard evidence") })]);
    expect(preview.orphaned).toEqual([expect.objectContaining({ index: 3, reason: expect.any(String) })]);

    const before = await db.annotation.count();
    const committed = await importAnnotations({ db, actor: cast.author, sourceId: original.sourceId, input: { ...input, mode: "commit" } });
    expect(committed.imported).toBe(2);
    expect(await db.annotation.count()).toBe(before + 2);
    const h1 = await db.annotationImport.findFirstOrThrow({ where: { originalId: "h1" }, include: { annotation: true } });
    expect([h1.originalCreator, h1.originalCreated?.toISOString(), h1.annotation.bodyText, h1.annotation.tags, h1.annotation.layer, h1.annotation.anchorStatus]).toEqual([
      "reader",
      "2025-01-02T03:04:05.000Z",
      "Both tried in 1936.\n\nSecond paragraph.",
      ["trial"],
      "rebuttal",
      "exact",
    ]);
    const h2 = await db.annotationImport.findFirstOrThrow({ where: { originalId: "h2" }, include: { annotation: true } });
    expect([h2.annotation.start, h2.annotation.anchorStatus]).toEqual([moved.start, "quote"]);

    const withDoubtful = await importAnnotations({ db, actor: cast.author, sourceId: original.sourceId, input: { ...input, mode: "commit", includeDoubtful: true } });
    expect(withDoubtful.imported).toBe(3);
  });

  it("refuses invalid JSON or a wrong shape with a list of errors, and writes nothing", async () => {
    const before = await db.annotation.count();
    const base = { mode: "commit", visibility: "private", groupId: null, layer: "rebuttal" };
    const notJson = await failure(importAnnotations({ db, actor: cast.author, sourceId: copy.sourceId, input: { ...base, document: "{ not json" } }));
    expect([notJson.status, notJson.message]).toEqual([400, expect.stringContaining("not valid JSON")]);
    const shapes = JSON.stringify([
      { type: "Annotation", target: { selector: [{ type: "TextQuoteSelector", exact: "Zinoviev and Kamenev" }] } },
      { type: "Annotation", target: "https://example.org/" },
      { type: "Note" },
    ]);
    const wrong = await failure(importAnnotations({ db, actor: cast.author, sourceId: copy.sourceId, input: { ...base, document: shapes } }));
    const errors = (wrong.error as unknown as { fieldErrors: { document: string[] } }).fieldErrors.document;
    expect(errors).toEqual([expect.stringContaining("item 3: its type is \"Note\""), expect.stringContaining("item 2: its target has no TextQuoteSelector")]);
    expect(await db.annotation.count()).toBe(before);
  });
});
