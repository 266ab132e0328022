import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { findElsewhere } from "@/lib/search/find-elsewhere";
import { prepareSource, storeSource } from "@/lib/sources/import-source";
import { castGroup, type Cast, failure, GREAT_PURGE, type Person, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";

const ANALYZING = "001_d1cafe7658540bb9.txt";
import { freshDatabase } from "./support/database";

// "Find elsewhere": the passages of other sources most like a selection, by trigram
// similarity, among the sources the caller may read.

const QUOTED = "Trotsky openly accused Stalin of “preparing to dig the grave of the revolution”";

let db: Db;
let cast: Cast;
let vogiatzis: StoredSource;

async function store(title: string, text: string, groupId: string | null): Promise<{ sourceId: string; slug: string; text: string }> {
  const prepared = prepareSource(new TextEncoder().encode(text), `${title}.txt`, { title });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const stored = await storeSource({ db, prepared: prepared.prepared, createdById: null, groupId });
  const version = await db.source.findUniqueOrThrow({ where: { id: stored.sourceId }, select: { currentVersion: { select: { text: true } } } });
  return { sourceId: stored.sourceId, slug: stored.slug, text: version.currentVersion?.text ?? "" };
}

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "elsewhere");
  vogiatzis = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-elsewhere");
  await storeCorpusFile(db, GREAT_PURGE, "purge-elsewhere");
});
afterAll(() => db.$disconnect());

const find = (actor: Person | null, sourceId: string, start: number, end: number) => findElsewhere({ db, actor, sourceId, input: { start: String(start), end: String(end) } });

describe("finding a selection elsewhere", () => {
  it("puts the source that quotes it, a little reworded, first, at the quoted words", async () => {
    const handout = await store(
      "Seminar handout",
      `Week three.\n\nIn 1926 Trotsky openly accused Stalin of "preparing to dig the grave of the revolution", our reading says.\n\nNothing else here.\n`,
      null,
    );
    const at = vogiatzis.text.indexOf(QUOTED);
    const found = await find(null, vogiatzis.sourceId, at, at + QUOTED.length);
    const [first] = found.results;
    expect(first?.sourceSlug).toBe(handout.slug);
    expect(first!.score).toBeGreaterThan(0.7);
    expect(handout.text.slice(first!.start, first!.end)).toMatch(/^Trotsky openly accused Stalin .* revolution$/);
    expect(found.results.every((r) => r.sourceSlug !== "vogiatzis-elsewhere")).toBe(true);
    for (let i = 1; i < found.results.length; i++) expect(found.results[i]!.score).toBeLessThanOrEqual(found.results[i - 1]!.score);
  });

  it("offers a group's source only to its members, and refuses a selection past the text", async () => {
    const secret = await store("Group notes", `${QUOTED}, as the group copied it down.\n`, cast.groupId);
    const at = vogiatzis.text.indexOf(QUOTED);
    const slugs = async (who: Person | null) => (await find(who, vogiatzis.sourceId, at, at + QUOTED.length)).results.map((r) => r.sourceSlug);
    expect(await slugs(cast.viewer)).toContain(secret.slug);
    expect(await slugs(cast.outsider)).not.toContain(secret.slug);
    expect(await slugs(null)).not.toContain(secret.slug);
    expect((await failure(find(cast.outsider, secret.sourceId, 0, 20))).status).toBe(404);
    expect((await failure(find(null, vogiatzis.sourceId, 10, vogiatzis.text.length + 5))).status).toBe(400);
    expect((await failure(find(null, vogiatzis.sourceId, 10, 10))).status).toBe(400);
  });
});

describe("finding a selection elsewhere in the corpus", () => {
  const DAVIES = "It is futile to think the trial was staged and the charges trumped up. The government's case against the defendants (Zinoviev and Kamenev) is genuine.";

  it("finds the Davies passage that 001 and 003 both quote, at the quoted words", async () => {
    const analyzing = await storeCorpusFile(db, ANALYZING, "analyzing-elsewhere");
    const purge = await db.source.findUniqueOrThrow({ where: { slug: "purge-elsewhere" }, select: { id: true, currentVersion: { select: { text: true } } } });
    const at = purge.currentVersion!.text.indexOf(DAVIES);
    expect(at).toBeGreaterThan(-1);
    const [first] = (await find(null, purge.id, at, at + DAVIES.length)).results;
    expect(first?.sourceSlug).toBe(analyzing.slug);
    expect(first!.score).toBeGreaterThan(0.8);
    expect(analyzing.text.slice(first!.start, first!.end)).toMatch(/^It is futile to think the trial was staged and the charges trumped up\. The Government’s case against the defendants is genuine$/);
  });

  it("finds a long selection quoted in the middle of a long paragraph", async () => {
    const purge = await db.source.findUniqueOrThrow({ where: { slug: "purge-elsewhere" }, select: { id: true, currentVersion: { select: { text: true } } } });
    const text = purge.currentVersion!.text;
    const start = text.indexOf("Most journalists covering the trial");
    const end = text.indexOf("We would be glad to hear the explanation.", start) + "We would be glad to hear the explanation.".length;
    const quoted = text.slice(start, end);
    expect(quoted.split(" ").length).toBeGreaterThan(120);
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Filler sentence ${i} about the weather in Leningrad that spring.`).join(" ");
    const essay = await store("Long essay", `Essay.\n\n${filler(30)} As the press then wrote: ${quoted} ${filler(30)}\n`, null);
    const [first] = (await find(null, purge.id, start, end)).results;
    expect(first?.sourceSlug).toBe(essay.slug);
    expect(first!.score).toBeGreaterThan(0.9);
    const found = essay.text.slice(first!.start, first!.end);
    expect(found.startsWith("Most journalists covering the trial")).toBe(true);
    expect(found.endsWith("We would be glad to hear the explanation")).toBe(true);
  });
});
