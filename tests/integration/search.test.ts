import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createReply } from "@/lib/annotations/create-reply";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import type { Db } from "@/lib/db/client";
import { describeRange } from "@/lib/anchoring";
import { searchCorpus } from "@/lib/search/search-corpus";
import { RANKED_PER_KIND } from "@/lib/search/search-sql";
import { annotationInput, castGroup, type Cast, failure, GREAT_PURGE, note, type Person, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

// Full-text search over the texts and the notes: stemming, ranking, snippets that point
// at the passage, and visibility exactly as the reader's.

let db: Db;
let cast: Cast;
let vogiatzis: StoredSource;
let purge: StoredSource;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "find");
  vogiatzis = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-find");
  purge = await storeCorpusFile(db, GREAT_PURGE, "purge-find");
  await db.source.update({ where: { id: purge.sourceId }, data: { groupId: cast.groupId } });
});
afterAll(() => db.$disconnect());

const search = (actor: Person | null, input: Record<string, string | number>) => searchCorpus({ db, actor, input });
const annotate = (source: StoredSource, phrase: string, overrides: Record<string, unknown> = {}, actor: Person = cast.author) =>
  createAnnotation({ db, actor, sourceId: source.sourceId, input: annotationInput(source.text, phrase, { groupId: cast.groupId, ...overrides }) });
const ids = (r: { results: { annotationId?: string }[] }) => r.results.flatMap((x) => (x.annotationId === undefined ? [] : [x.annotationId]));
const marked = (r: { snippet: { text: string; highlights: { start: number; end: number }[] } }) =>
  r.snippet.highlights.map((h) => r.snippet.text.slice(h.start, h.end));

describe("searching the texts", () => {
  it("finds the passages naming Rakovsky, each pointing at its words in the canonical text", async () => {
    const found = await search(cast.viewer, { q: "Rakovsky", kind: "source" });
    // Once in 002 and twice in 003 (a group's source the viewer reads), in three blocks at most.
    expect(found.results.length).toBeGreaterThanOrEqual(2);
    expect(new Set(found.results.map((r) => r.sourceSlug))).toEqual(new Set(["vogiatzis-find", "purge-find"]));
    for (const result of found.results) {
      const text = result.sourceSlug === "vogiatzis-find" ? vogiatzis.text : purge.text;
      expect(text.slice(result.start, result.end)).toBe(result.snippet.text);
      expect(marked(result)).toContain("Rakovsky");
    }
    expect(found.total).toBe(found.results.length);
    expect(found.totalExact).toBe(true);
  });

  it("matches an inflected form through English stemming, and marks the form the text uses", async () => {
    const found = await search(null, { q: "confessing", kind: "source", source: "vogiatzis-find", limit: 50 });
    const forms = new Set(found.results.flatMap(marked).map((w) => w.toLowerCase()));
    expect(forms).toContain("confessions");
    expect(forms).toContain("confessed");
  });

  it("ranks a note naming the words above one whose quote only holds them, and pages with a cursor", async () => {
    const inQuote = await annotate(vogiatzis, "Horror in numbers", { visibility: "public", body: note("Nothing here.") });
    const inNote = await annotate(vogiatzis, "Horror in numbers", { visibility: "public", body: note("Horror counted: numbers of the horror.") });
    const found = await search(null, { q: "horror numbers", kind: "annotation" });
    expect(ids(found)).toEqual([inNote.id, inQuote.id]);
    expect(found.results[0]!.score).toBeGreaterThan(found.results[1]!.score);

    const all = await search(null, { q: "trial", limit: 50 });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await search(null, { q: "trial", limit: 3, ...(cursor === null ? {} : { cursor }) });
      expect(page.total).toBe(all.total);
      seen.push(...page.results.map((r) => `${r.sourceSlug}:${r.start}:${r.annotationId ?? ""}`));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(all.results.map((r) => `${r.sourceSlug}:${r.start}:${r.annotationId ?? ""}`));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("understands quoted phrases, OR and -word", async () => {
    const phrase = await search(null, { q: '"show trials"', kind: "source", limit: 50 });
    for (const r of phrase.results) expect(vogiatzis.text.slice(r.start, r.end).toLowerCase()).toMatch(/show[\s\S]?trials?/);
    const either = await search(null, { q: "Rakovsky OR Bukharin", kind: "source", limit: 50 });
    const rakovsky = await search(null, { q: "Rakovsky", kind: "source", limit: 50 });
    expect(either.total).toBeGreaterThan(rakovsky.total);
    const without = await search(null, { q: "Bukharin -Rakovsky", kind: "source", limit: 50 });
    for (const r of without.results) expect(r.snippet.text).not.toContain("Rakovsky");
  });
});

describe("who finds what", () => {
  it("never shows a group's source, nor its notes, to outsiders or to anyone signed out", async () => {
    const groupNote = await annotate(purge, "Great Purge", { visibility: "group", body: note("zinovievite marker") });
    expect(ids(await search(cast.viewer, { q: "zinovievite" }))).toEqual([groupNote.id]);
    for (const who of [cast.outsider, null]) {
      expect((await search(who, { q: "zinovievite" })).total).toBe(0);
      expect((await search(who, { q: "Rakovsky", source: "purge-find" })).total).toBe(0);
    }
  });

  it("finds a private note for its author only, and a reply by the audience it was written for", async () => {
    const secret = await annotate(vogiatzis, "Horror in numbers", { visibility: "private", body: note("palimpsestprivate draft") });
    expect(ids(await search(cast.author, { q: "palimpsestprivate" }))).toEqual([secret.id]);
    expect((await search(cast.editor, { q: "palimpsestprivate" })).total).toBe(0);

    // Replied to while group-only, then widened: the reply stays with the group.
    const widened = await annotate(vogiatzis, "Horror in numbers", { visibility: "group", body: note("to be widened") });
    const reply = await createReply({ db, actor: cast.annotator, annotationId: widened.id, input: { body: note("groupreplyword for members") } });
    await updateAnnotation({ db, actor: cast.author, id: widened.id, input: { version: widened.version, visibility: "public" } });
    const member = await search(cast.viewer, { q: "groupreplyword" });
    expect(marked(member.results[0]!)).toEqual(["groupreplyword"]);
    expect(member.results).toMatchObject([{ kind: "annotation", annotationId: widened.id, replyId: reply.id }]);
    expect((await search(cast.outsider, { q: "groupreplyword" })).total).toBe(0);
    expect((await search(null, { q: "groupreplyword" })).total).toBe(0);
  });
});

describe("the search vectors stay current", () => {
  it("after an edit, a delete and a new version of a text", async () => {
    const made = await annotate(vogiatzis, "Horror in numbers", { visibility: "public", body: note("firstwording"), tags: ["oldtag"] });
    expect(ids(await search(null, { q: "firstwording" }))).toEqual([made.id]);
    expect(ids(await search(null, { q: "oldtag" }))).toEqual([made.id]);
    await updateAnnotation({ db, actor: cast.author, id: made.id, input: { version: made.version, body: note("secondwording"), tags: ["newtag"] } });
    expect((await search(null, { q: "firstwording" })).total).toBe(0);
    expect(ids(await search(null, { q: "secondwording newtag" }))).toEqual([made.id]);
    await deleteAnnotation({ db, actor: cast.author, id: made.id });
    expect((await search(null, { q: "secondwording" })).total).toBe(0);

    const edited = (vogiatzis = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-find", (raw) => `Kaganovichgram opens this corrected version.\n\n${raw}`));
    const found = await search(null, { q: "kaganovichgram" });
    expect(found.results).toHaveLength(1);
    expect(edited.text.slice(found.results[0]!.start, found.results[0]!.end)).toContain("Kaganovichgram");
    // Only the current version is searched: the old one's blocks are not found twice.
    const rakovsky = await search(null, { q: "Rakovsky", source: "vogiatzis-find", kind: "source" });
    for (const r of rakovsky.results) expect(edited.text.slice(r.start, r.end)).toBe(r.snippet.text);
  });
});

describe("the blocks the database cuts from each version", () => {
  it("are the text's blocks character for character, the 280 KB capture and characters outside the BMP included", async () => {
    const big = await storeCorpusFile(db, "001_d1cafe7658540bb9.txt", "analyzing-find");
    const astral = await storeCorpusFile(db, VOGIATZIS, "astral-find", (raw) => `𝔄 note 😀 on 𐍈 Gothic.\n\n${raw.replace("Rakovsky", "Rakovsky 😀😀")}`);
    for (const stored of [big, astral, purge]) {
      const [version, blocks] = await Promise.all([
        db.sourceVersion.findUniqueOrThrow({ where: { id: stored.versionId }, select: { blocks: true } }),
        db.sourceBlock.findMany({ where: { versionId: stored.versionId }, orderBy: { ordinal: "asc" } }),
      ]);
      const expected = (version.blocks as { start: number; end: number }[]).map((b, ordinal) => ({ ordinal, start: b.start, end: b.end, text: stored.text.slice(b.start, b.end) }));
      expect(blocks.map(({ ordinal, start, end, text }) => ({ ordinal, start, end, text }))).toEqual(expected);
    }
    const [hit] = (await search(null, { q: "Rakovsky", source: "astral-find", kind: "source" })).results.filter((r) => r.snippet.text.includes("😀"));
    expect(astral.text.slice(hit!.start, hit!.end)).toBe(hit!.snippet.text);
  });
});

describe("filters and input", () => {
  it("narrows by layer, author, tag, source and date", async () => {
    const claim = await annotate(vogiatzis, "Horror in numbers", { visibility: "public", layer: "apologist_claim", body: note("filterword claim"), tags: ["census"] });
    const rebuttal = await annotate(vogiatzis, "Horror in numbers", { visibility: "public", layer: "rebuttal", body: note("filterword rebuttal") }, cast.annotator);
    expect(ids(await search(null, { q: "filterword", layer: "apologist_claim" }))).toEqual([claim.id]);
    expect(ids(await search(null, { q: "filterword", author: cast.annotator.id }))).toEqual([rebuttal.id]);
    expect(ids(await search(null, { q: "filterword", tag: "census" }))).toEqual([claim.id]);
    expect((await search(null, { q: "filterword", source: "purge-find" })).total).toBe(0);
    expect((await search(null, { q: "filterword", to: "2000-01-01" })).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await search(null, { q: "filterword", from: today, to: today })).total).toBe(2);
    // A layer belongs to notes: the texts drop out.
    expect((await search(null, { q: "Rakovsky", layer: "rebuttal" })).results.every((r) => r.kind === "annotation")).toBe(true);
  });

  it("refuses an empty search, a bad limit and a cursor it did not hand out", async () => {
    expect((await failure(search(null, { q: "  " }))).status).toBe(400);
    expect((await failure(search(null, { q: "trial", limit: 500 }))).status).toBe(400);
    expect((await failure(search(null, { q: "trial", cursor: "bm90LWEtY3Vyc29y" }))).message).toMatch(/cursor/);
  });
});

describe("a word that very many notes hold", () => {
  /** `count` notes by the cast's author holding `word`, written at once. */
  async function manyNotes(word: string, count: number, visibility: "public" | "private"): Promise<void> {
    await db.annotation.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        sourceId: vogiatzis.sourceId,
        versionId: vogiatzis.versionId,
        groupId: null,
        authorId: cast.author.id,
        visibility,
        layer: "primary_document" as const,
        ...describeRange(vogiatzis.text, 100 + i, 140 + i),
        body: note(`${word} ${i}`),
        bodyText: `${word} ${i}`,
        tags: [],
      })),
    });
  }

  it("ranks the first matches of a kind and says there are more than it counted", async () => {
    await manyNotes("manyfoldword", RANKED_PER_KIND + 5, "public");
    const found = await search(null, { q: "manyfoldword", limit: 20 });
    expect(found).toMatchObject({ total: RANKED_PER_KIND, totalExact: false });
    expect(found.results).toHaveLength(20);
    expect(found.nextCursor).not.toBeNull();
  });

  it("counts toward that bar only the notes the caller may see", async () => {
    await manyNotes("hiddenfoldword", RANKED_PER_KIND + 5, "private");
    const shown = await annotate(vogiatzis, "Horror in numbers", { visibility: "public", body: note("One hiddenfoldword for all.") });
    const found = await search(null, { q: "hiddenfoldword" });
    expect(found).toMatchObject({ total: 1, totalExact: true });
    expect(ids(found)).toEqual([shown.id]);
  });
});
