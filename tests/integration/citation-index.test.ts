import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { getCitationIndex } from "@/lib/archives/get-citation-index";
import type { CitingPassage, IndexNode } from "@/lib/archives/index-tree";
import { prepareSource, storeSource } from "@/lib/sources/import-source";
import { loadStarterCorpus } from "@/lib/sources/starter-corpus";
import { resolveAccess } from "@/lib/access";
import { annotationInput, castGroup, CORPUS, type Cast, type Person } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

// The citation index shows what the caller may read, and nothing else: a group's
// source and its notes only to members, a private note only to its author.

let db: Db;
let cast: Cast;
const GROUP_TEXT = "The group's finding aid.\nSee GARF, f. R-9401, op. 2, d. 64, l. 5-7ob. for the order.\n";

beforeAll(async () => {
  db = await freshDatabase();
  await loadStarterCorpus(db, CORPUS);
  cast = await castGroup(db, "index");
  const prepared = prepareSource(new TextEncoder().encode(GROUP_TEXT), "aid.txt", { title: "Finding aid (group)" });
  if (!prepared.ok) throw new Error(prepared.error.message);
  await storeSource({ db, prepared: prepared.prepared, createdById: cast.owner.id, groupId: cast.groupId });
  const trials = await db.source.findFirstOrThrow({ where: { title: "Analyzing the Moscow Trials" }, select: { id: true, currentVersion: { select: { text: true } } } });
  const text = trials.currentVersion!.text;
  const cite = (archive: string, fond: string) => ({ archive, fond, opis: "1", delo: "9", list: "3" });
  await createAnnotation({ db, actor: cast.author, sourceId: trials.id, input: annotationInput(text, "Rakovsky", { visibility: "private", citation: cite("RGASPI", "558") }) });
  await createAnnotation({ db, actor: cast.author, sourceId: trials.id, input: annotationInput(text, "Bukharin", { visibility: "group", groupId: cast.groupId, citation: cite("RGASPI", "17") }) });
  await createAnnotation({ db, actor: cast.author, sourceId: trials.id, input: annotationInput(text, "Yagoda", { visibility: "public", groupId: cast.groupId, citation: cite("AP RF", "3") }) });
});
afterAll(async () => {
  await db.$disconnect();
});

const find = (nodes: IndexNode[], ...labels: string[]): IndexNode | undefined => {
  let level: IndexNode[] = nodes;
  let node: IndexNode | undefined;
  for (const label of labels) {
    node = level.find((n) => n.label === label);
    if (node === undefined) return undefined;
    level = node.children;
  }
  return node;
};
const passages = (node: IndexNode | undefined): CitingPassage[] => (node === undefined ? [] : [...node.passages, ...node.children.flatMap(passages)]);

describe("the citation index", () => {
  it("groups the corpus' citations by archive, fond, opis and delo, with counts and links to the passages", async () => {
    const { nodes } = await getCitationIndex({ db, actor: null });
    expect(nodes.map((n) => n.label)).toEqual(["AP RF", "Archive of the CC CPSU", "TsA FSB", "Case files", "Published works"]);
    const delo = find(nodes, "AP RF", "f. 3", "op. 24", "d. 456");
    // The text's own citations of AP RF f. 3 op. 24 d. 456, "Ibid." ones included.
    expect(delo?.count).toBeGreaterThanOrEqual(3);
    const first = delo?.passages.find((p) => p.list === "107" && p.origin === "text");
    expect(first?.sourceTitle).toBe("Again about the Stalinist deniers: yes, the Moscow trials were staged, duh.");
    expect(first?.quote).toContain("[AP RF. F. 3, Op. 24, D. 456, L. 107.]");
    expect(first?.href).toMatch(/^\/sources\/[a-z0-9-]+\?range=\d+-\d+$/);
    expect(find(nodes, "AP RF")?.count).toBe(passages(find(nodes, "AP RF")).length);
    // The public annotation's citation is listed beside the text's.
    expect(passages(find(nodes, "AP RF", "f. 3", "op. 1", "d. 9")).map((p) => p.origin)).toEqual(["annotation"]);
  });

  it("shows a group's source and its group notes only to members, and a private note only to its author", async () => {
    const labelsFor = async (actor: Person | null) => {
      const { nodes } = await getCitationIndex({ db, actor });
      return {
        garf: passages(find(nodes, "GARF")).map((p) => p.sourceTitle),
        rgaspi: passages(find(nodes, "RGASPI")).map((p) => p.quote),
      };
    };
    expect(await labelsFor(null)).toEqual({ garf: [], rgaspi: [] });
    expect(await labelsFor(cast.outsider)).toEqual({ garf: [], rgaspi: [] });
    expect(await labelsFor(cast.viewer)).toEqual({ garf: ["Finding aid (group)"], rgaspi: ["Bukharin"] });
    expect(await labelsFor(cast.author)).toEqual({ garf: ["Finding aid (group)"], rgaspi: ["Bukharin", "Rakovsky"] });
  });

  it("drops a removed member's view of the group at once", async () => {
    await db.membership.deleteMany({ where: { groupId: cast.groupId, userId: cast.viewer.id } });
    const again = await resolveAccess(db, { id: cast.viewer.id });
    const { nodes } = await getCitationIndex({ db, actor: again });
    expect(find(nodes, "GARF")).toBeUndefined();
    expect(passages(find(nodes, "RGASPI"))).toEqual([]);
  });
});
