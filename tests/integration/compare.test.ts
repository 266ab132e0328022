// Issue 9, section 2: GET /api/compare's service on real Postgres. Shared passages are
// computed once per pair of versions and then read from SharedPassageSet; a group's
// source is a 404 to whoever may not read it; links are those visible at both ends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createLink } from "@/lib/annotations/create-link";
import { compareSources } from "@/lib/compare/compare-sources";
import { sharedPassagesOf } from "@/lib/compare/store/shared-passages-of";
import type { Db } from "@/lib/db/client";
import { prepareSource, storeSource } from "@/lib/sources/import-source";
import { annotationInput, castGroup, type Cast, failure, storeCorpusFile, type StoredSource } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

const REBUTTAL = "000_2c9b017290b247bf.txt";
const APOLOGIST = "001_d1cafe7658540bb9.txt";
const QUOTED = "There were no Fifth Columnists in Russia in 1941";

let db: Db;
let cast: Cast;
let rebuttal: StoredSource;
let apologist: StoredSource;
let handout: { sourceId: string; slug: string };

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "compare");
  rebuttal = await storeCorpusFile(db, REBUTTAL, "compare-rebuttal");
  apologist = await storeCorpusFile(db, APOLOGIST, "compare-apologist");
  const text = `The seminar's handout quotes it: ${QUOTED} - they had shot them. The purge had cleansed the country and rid it of treason.\n`;
  const prepared = prepareSource(new TextEncoder().encode(text), "handout.txt", { title: "Compare handout", slug: "compare-handout" });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const stored = await storeSource({ db, prepared: prepared.prepared, createdById: cast.owner.id, groupId: cast.groupId });
  handout = { sourceId: stored.sourceId, slug: "compare-handout" };
}, 60_000);
afterAll(() => db.$disconnect());

const pairRows = () => db.sharedPassageSet.count({ where: { leftVersionId: { in: [rebuttal.versionId, apologist.versionId] } } });

describe("comparing two sources", () => {
  it("answers both sides by slug or id, with the passages they share in each one's text", async () => {
    const answer = await compareSources({ db, actor: null, input: { left: "compare-rebuttal", right: apologist.sourceId } });
    expect(answer.left).toEqual({ id: rebuttal.sourceId, slug: "compare-rebuttal", versionId: rebuttal.versionId, title: `Test copy of ${REBUTTAL}` });
    expect(answer.right).toMatchObject({ id: apologist.sourceId, slug: "compare-apologist", versionId: apologist.versionId });
    const quoted = answer.shared.find((p) => p.left.text.startsWith(QUOTED));
    expect(quoted).toBeDefined();
    if (quoted === undefined) return;
    expect(rebuttal.text.slice(quoted.left.start, quoted.left.end)).toBe(quoted.left.text);
    expect(apologist.text.slice(quoted.right.start, quoted.right.end)).toBe(quoted.right.text);
    expect(quoted.right.text.startsWith(QUOTED)).toBe(true);
    expect(quoted.similarity).toBeGreaterThan(0.8);
  });

  it("computes a pair once and reads it back, in either order", async () => {
    await db.sharedPassageSet.deleteMany({});
    const first = await sharedPassagesOf({ db, leftVersionId: rebuttal.versionId, rightVersionId: apologist.versionId });
    expect(first.cached).toBe(false);
    expect(await pairRows()).toBe(1);
    const again = await sharedPassagesOf({ db, leftVersionId: rebuttal.versionId, rightVersionId: apologist.versionId });
    expect(again).toEqual({ passages: first.passages, cached: true });
    const swapped = await sharedPassagesOf({ db, leftVersionId: apologist.versionId, rightVersionId: rebuttal.versionId });
    expect(swapped.cached).toBe(true);
    expect(await pairRows()).toBe(1);
    const back = swapped.passages.find((p) => p.right.text.startsWith(QUOTED));
    const there = first.passages.find((p) => p.left.text.startsWith(QUOTED));
    expect(back?.left).toEqual(there?.right);
    expect(back?.right).toEqual(there?.left);
  });

  it("serves the stored set, not a recomputed one, and recomputes one an older finder wrote", async () => {
    const key = [rebuttal.versionId, apologist.versionId].sort();
    const where = { leftVersionId_rightVersionId: { leftVersionId: key[0]!, rightVersionId: key[1]! } };
    const planted = [{ left: { start: 0, end: 1, text: "x" }, right: { start: 0, end: 1, text: "y" }, similarity: 0.5, differences: [] }];
    await db.sharedPassageSet.update({ where, data: { passages: planted } });
    const read = await compareSources({ db, actor: null, input: { left: key[0] === rebuttal.versionId ? rebuttal.sourceId : apologist.sourceId, right: key[0] === rebuttal.versionId ? apologist.sourceId : rebuttal.sourceId } });
    expect(read.shared).toEqual(planted);
    await db.sharedPassageSet.update({ where, data: { finder: "0:old" } });
    const fresh = await sharedPassagesOf({ db, leftVersionId: rebuttal.versionId, rightVersionId: apologist.versionId });
    expect(fresh.cached).toBe(false);
    expect(fresh.passages.some((p) => p.left.text.startsWith(QUOTED))).toBe(true);
    expect((await db.sharedPassageSet.findUniqueOrThrow({ where })).finder).not.toBe("0:old");
  });

  it("recomputes for a new version of either side", async () => {
    const edited = await storeCorpusFile(db, REBUTTAL, "compare-rebuttal", (raw) => raw.replace("Fifth Columnists in Russia in 1941", "Fifth Columnists in the USSR in 1941"));
    expect(edited.versionId).not.toBe(rebuttal.versionId);
    const answer = await sharedPassagesOf({ db, leftVersionId: edited.versionId, rightVersionId: apologist.versionId });
    expect(answer.cached).toBe(false);
    const changed = answer.passages.find((p) => p.left.text.startsWith("There were no Fifth Columnists in the USSR"));
    expect(changed?.differences.some((d) => d.left?.text === "the USSR" && d.right?.text === "Russia")).toBe(true);
    rebuttal = edited;
  });

  it("is a 404 to who may not read a group's source, as the reader is", async () => {
    for (const who of [null, cast.outsider]) {
      expect(await failure(compareSources({ db, actor: who, input: { left: handout.slug, right: apologist.sourceId } }))).toMatchObject({ status: 404 });
      expect(await failure(compareSources({ db, actor: who, input: { left: apologist.sourceId, right: handout.sourceId } }))).toMatchObject({ status: 404 });
    }
    const seen = await compareSources({ db, actor: cast.viewer, input: { left: handout.slug, right: apologist.slug } });
    expect(seen.shared.map((p) => p.left.text.slice(0, QUOTED.length))).toContain(QUOTED);
    expect(await failure(compareSources({ db, actor: null, input: { left: "no-such-source", right: apologist.sourceId } }))).toMatchObject({ status: 404 });
    expect(await failure(compareSources({ db, actor: null, input: { left: apologist.slug, right: apologist.sourceId } }))).toMatchObject({ status: 400 });
    expect(await failure(compareSources({ db, actor: null, input: { left: apologist.slug } }))).toMatchObject({ status: 400, code: "invalid_input" });
  });

  it("lists the links between the two sources that the caller sees at both ends", async () => {
    const group = { visibility: "group", groupId: cast.groupId };
    const claim = await createAnnotation({ db, actor: cast.author, sourceId: apologist.sourceId, input: annotationInput(apologist.text, QUOTED, { ...group, visibility: "public", layer: "apologist_claim" }) });
    const answer = await createAnnotation({ db, actor: cast.author, sourceId: rebuttal.sourceId, input: annotationInput(rebuttal.text, "There were no Fifth Columnists", { ...group, layer: "rebuttal" }) });
    const link = await createLink({ db, actor: cast.author, fromId: answer.id, input: { toId: claim.id, kind: "rebuts" } });
    const member = await compareSources({ db, actor: cast.viewer, input: { left: apologist.slug, right: rebuttal.slug } });
    expect(member.links).toEqual([{ id: link.id, kind: "rebuts", fromId: answer.id, toId: claim.id, leftId: claim.id, rightId: answer.id, note: null }]);
    // The rebuttal is the group's: outsiders see the claim but not the link.
    expect((await compareSources({ db, actor: cast.outsider, input: { left: apologist.slug, right: rebuttal.slug } })).links).toEqual([]);
    expect((await compareSources({ db, actor: null, input: { left: apologist.slug, right: rebuttal.slug } })).links).toEqual([]);
  });
});
