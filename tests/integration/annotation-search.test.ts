import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { searchAnnotations } from "@/lib/annotations/search-annotations";
import { SEARCH_LIMIT } from "@/lib/annotations/schemas";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, type Cast, failure, GREAT_PURGE, note, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import type { Person } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

// The link form's search across sources: what it finds, and what it never reveals.

let db: Db;
let cast: Cast;
let vogiatzis: StoredSource;
let groupOwned: StoredSource;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "search");
  vogiatzis = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-search");
  groupOwned = await storeCorpusFile(db, GREAT_PURGE, "purge-search");
  await db.source.update({ where: { id: groupOwned.sourceId }, data: { groupId: cast.groupId } });
});
afterAll(() => db.$disconnect());

const KRESTINSKY = "I do not recognize that I am guilty. I am not a Trotskyite.";

function annotate(source: StoredSource, phrase: string, overrides: Record<string, unknown> = {}, caller: Person = cast.author) {
  return createAnnotation({ db, actor: caller, sourceId: source.sourceId, input: annotationInput(source.text, phrase, { groupId: cast.groupId, ...overrides }) });
}
const search = (caller: Person | null, query: Record<string, string>) =>
  searchAnnotations({ db, actor: caller, query }).then((r) => r.results.map((hit) => hit.id));

describe("searching annotations to link to", () => {
  it("matches every word in the quote, the note or the source title, and sends what a list needs", async () => {
    const claim = await annotate(vogiatzis, KRESTINSKY, { visibility: "public", layer: "apologist_claim", body: note("A retraction, or a script?") });
    expect(await search(cast.outsider, { q: "krestinsky TROTSKYITE" })).toEqual([]); // "Krestinsky" is in neither quote nor note
    expect(await search(cast.outsider, { q: "guilty script" })).toEqual([claim.id]);
    const [hit] = (await searchAnnotations({ db, actor: null, query: { q: "recognize", layer: "apologist_claim" } })).results;
    expect(hit).toEqual({
      id: claim.id,
      sourceId: vogiatzis.sourceId,
      sourceSlug: "vogiatzis-search",
      sourceTitle: `Test copy of ${VOGIATZIS}`,
      createdAt: claim.createdAt,
      layer: "apologist_claim",
      author: { id: cast.author.id, name: "search author" },
      exact: KRESTINSKY,
      note: "A retraction, or a script?",
    });
    expect(await search(null, { q: "recognize", layer: "rebuttal" })).toEqual([]);
    expect(await search(null, { q: "recognize", notSource: vogiatzis.sourceId })).toEqual([]);
  });

  it("tells apart two notes on one passage: by layer, author and date", async () => {
    const first = await annotate(vogiatzis, "The climax", { visibility: "public", layer: "apologist_claim", body: note("twinpassage") });
    const second = await annotate(vogiatzis, "The climax", { visibility: "public", layer: "rebuttal", body: note("twinpassage") }, cast.editor);
    const hits = (await searchAnnotations({ db, actor: null, query: { q: "twinpassage" } })).results;
    expect(hits.map((h) => [h.id, h.layer, h.author.name, h.sourceSlug, h.exact])).toEqual([
      [second.id, "rebuttal", "search editor", "vogiatzis-search", "The climax"],
      [first.id, "apologist_claim", "search author", "vogiatzis-search", "The climax"],
    ]);
    expect(hits.map((h) => h.createdAt)).toEqual([second.createdAt, first.createdAt]);
  });

  it("finds only what the caller may read: never others' private notes, nor a group's source to outsiders", async () => {
    const secret = await annotate(vogiatzis, "Horror in numbers", { visibility: "private", body: note("secretword draft") });
    const members = await annotate(groupOwned, "Great Purge", { visibility: "group", body: note("secretword for the seminar") });
    expect(await search(cast.author, { q: "secretword" })).toEqual([members.id, secret.id]);
    expect(await search(cast.viewer, { q: "secretword" })).toEqual([members.id]);
    expect(await search(cast.outsider, { q: "secretword" })).toEqual([]);
    expect(await search(null, { q: "secretword" })).toEqual([]);
  });

  it("treats % and _ as the characters typed, not as wildcards", async () => {
    const underscored = await annotate(vogiatzis, "Horror in numbers", { visibility: "public", body: note("file_427 at 100% certainty") });
    expect(await search(null, { q: "file_427" })).toEqual([underscored.id]);
    expect(await search(null, { q: "100%" })).toEqual([underscored.id]);
    expect(await search(null, { q: "file_42_" })).toEqual([]);
    expect(await search(null, { q: "%%" })).toEqual([]);
  });

  it(`sends at most ${SEARCH_LIMIT}, newest first, and says when there are more`, async () => {
    const made: string[] = [];
    for (let i = 0; i < SEARCH_LIMIT + 2; i++) {
      made.push((await annotate(vogiatzis, "Horror in numbers", { visibility: "public", body: note(`manyhits ${i}`) })).id);
    }
    const page = await searchAnnotations({ db, actor: null, query: { q: "manyhits" } });
    expect(page.more).toBe(true);
    expect(page.results.map((r) => r.id)).toEqual(made.reverse().slice(0, SEARCH_LIMIT));
  });

  it("refuses a search too short or too long with a reason", async () => {
    expect(await failure(search(null, { q: " a " }))).toMatchObject({ status: 400, message: expect.stringMatching(/at least 2 characters/) });
    expect(await failure(search(null, { q: "x".repeat(201) }))).toMatchObject({ status: 400 });
    expect(await failure(search(null, { q: "purge", layer: "gossip" }))).toMatchObject({ code: "invalid_input" });
  });
});
