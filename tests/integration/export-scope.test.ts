// Issue 10, section 1: what an export covers, through lib/export on real Postgres.
// Nobody exports what they may not read: not an annotation, not the other end of a
// link, not a group's source or a group they are not in; picked ids and a claim's
// chain never reach past the visibility filter. Rows stream in batches.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import type { AnnotationDto } from "@/lib/annotations/dto";
import type { Db } from "@/lib/db/client";
import { callerViewer, exportAnnotations, type ExportViewer, OPERATOR } from "@/lib/export";
import { annotationInput, castGroup, type Cast, failure, GREAT_PURGE, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let source: StoredSource;
let n: Record<"claim" | "rebuttal" | "finding" | "privateNote" | "unrelated", AnnotationDto>;
const BASE = "https://palimpsest.example";

async function exported(viewer: ExportViewer, input: Record<string, unknown>, batchSize?: number): Promise<{ text: string; total: number }> {
  const file = await exportAnnotations({ db, viewer, input, baseUrl: BASE, ...(batchSize === undefined ? {} : { batchSize }) });
  const chunks: Uint8Array[] = [];
  for await (const chunk of file.body) chunks.push(chunk);
  return { text: Buffer.concat(chunks).toString("utf8"), total: file.total };
}

/** The annotation ids whose passage URL the file carries, in order, each once per row. */
const rowIds = (csv: string): string[] => [...csv.matchAll(/\?annotation=([a-z0-9]+)"?\r\n/g)].map((m) => m[1]!);

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "export");
  source = await storeCorpusFile(db, VOGIATZIS, "vogiatzis-export");
  const create = (phrase: string, overrides: Record<string, unknown>) =>
    createAnnotation({ db, actor: cast.author, sourceId: source.sourceId, input: annotationInput(source.text, phrase, { groupId: cast.groupId, ...overrides }) });
  n = {
    claim: await create("Suffocating the revolution", { visibility: "public", layer: "apologist_claim", tags: ["confessions"] }),
    rebuttal: await create("The climax", { visibility: "public", layer: "rebuttal" }),
    finding: await create("Some examples", { visibility: "group", layer: "archival_finding", tags: ["confessions"] }),
    privateNote: await create("Horror in numbers", { visibility: "private", layer: "rebuttal" }),
    unrelated: await create("Vyshinsky preferred to change the subject", { visibility: "public", layer: "primary_document" }),
  };
  const link = (from: AnnotationDto, to: AnnotationDto, kind: "rebuts" | "refutes" | "cites") =>
    db.annotationLink.create({ data: { fromId: from.id, toId: to.id, kind, createdById: cast.author.id } });
  await link(n.rebuttal, n.claim, "rebuts");
  await link(n.finding, n.rebuttal, "refutes");
  await link(n.privateNote, n.claim, "cites");
});
afterAll(() => db.$disconnect());

describe("a source's export", () => {
  it("holds exactly what each reader may read, in document order", async () => {
    const publicIds = [n.claim, n.rebuttal, n.unrelated].sort((a, b) => a.start - b.start).map((a) => a.id);
    const anonymous = await exported(callerViewer(null), { format: "csv", source: "vogiatzis-export" });
    expect(rowIds(anonymous.text)).toEqual(publicIds);
    expect(anonymous.total).toBe(3);
    const outsider = await exported(callerViewer(cast.outsider), { format: "csv", source: source.sourceId });
    expect(rowIds(outsider.text)).toEqual(publicIds);
    const viewer = await exported(callerViewer(cast.viewer), { format: "csv", source: source.sourceId });
    expect(rowIds(viewer.text).sort()).toEqual([...publicIds, n.finding.id].sort());
    const author = await exported(callerViewer(cast.author), { format: "csv", source: source.sourceId });
    expect(rowIds(author.text)).toHaveLength(5);
  });

  it("names the other end of a link only to those who may read it", async () => {
    const outsider = await exported(callerViewer(null), { format: "markdown", source: source.sourceId });
    expect(outsider.text).toContain("Rebutted by “The climax”");
    expect(outsider.text).not.toContain("Horror in numbers");
    expect(outsider.text).not.toContain("Some examples");
    const author = await exported(callerViewer(cast.author), { format: "markdown", source: source.sourceId });
    expect(author.text).toContain("Cited by “Horror in numbers”");
  });

  it("streams batch after batch without losing or repeating a row", async () => {
    const whole = await exported(OPERATOR, { format: "csv", source: source.sourceId });
    const inTwos = await exported(OPERATOR, { format: "csv", source: source.sourceId }, 2);
    expect(rowIds(inTwos.text)).toEqual(rowIds(whole.text));
    expect(new Set(rowIds(inTwos.text)).size).toBe(5);
  });

  it("is not found for a source that does not exist", async () => {
    expect((await failure(exported(callerViewer(cast.author), { format: "csv", source: "no-such-source" }))).status).toBe(404);
  });
});

describe("other scopes", () => {
  it("a claim's chain follows the answers (attacks and supports) through what the reader may read only", async () => {
    const anonymous = await exported(callerViewer(null), { format: "csv", claim: n.claim.id });
    expect(rowIds(anonymous.text).sort()).toEqual([n.claim.id, n.rebuttal.id].sort());
    const member = await exported(callerViewer(cast.viewer), { format: "csv", claim: n.claim.id });
    expect(rowIds(member.text).sort()).toEqual([n.claim.id, n.rebuttal.id, n.finding.id].sort());
    // The private note only cites the claim: a citation is no answer, so it is not in the chain.
    const author = await exported(callerViewer(cast.author), { format: "csv", claim: n.claim.id });
    expect(rowIds(author.text).sort()).toEqual([n.claim.id, n.rebuttal.id, n.finding.id].sort());
    expect((await failure(exported(callerViewer(null), { format: "csv", claim: n.privateNote.id }))).status).toBe(404);
  });

  it("picked ids never include one the reader may not read", async () => {
    const picked = await exported(callerViewer(cast.outsider), { format: "csv", ids: `${n.claim.id},${n.privateNote.id},${n.finding.id}` });
    expect(rowIds(picked.text)).toEqual([n.claim.id]);
  });

  it("a group's export is for its members only", async () => {
    expect((await failure(exported(callerViewer(cast.outsider), { format: "csv", group: cast.groupId }))).status).toBe(404);
    expect((await failure(exported(callerViewer(null), { format: "csv", group: cast.groupId }))).status).toBe(404);
    const member = await exported(callerViewer(cast.viewer), { format: "csv", group: cast.groupId });
    expect(rowIds(member.text)).toHaveLength(4);
  });

  it("applies the filters of layers, tags, visibility and dates", async () => {
    const claims = await exported(OPERATOR, { format: "csv", source: source.sourceId, layer: "apologist_claim,archival_finding", tag: "confessions" });
    expect(rowIds(claims.text).sort()).toEqual([n.claim.id, n.finding.id].sort());
    const privateOnly = await exported(OPERATOR, { format: "csv", source: source.sourceId, visibility: ["private"] });
    expect(rowIds(privateOnly.text)).toEqual([n.privateNote.id]);
    const today = new Date().toISOString().slice(0, 10);
    expect(rowIds((await exported(OPERATOR, { format: "csv", source: source.sourceId, from: today, to: today })).text)).toHaveLength(5);
    expect(rowIds((await exported(OPERATOR, { format: "csv", source: source.sourceId, to: "2001-01-01" })).text)).toHaveLength(0);
  });

  it("the compare view's two sources: both texts' annotations, a group's source not found to outsiders", async () => {
    const other = await storeCorpusFile(db, GREAT_PURGE, "purge-export");
    const theirs = await createAnnotation({ db, actor: cast.author, sourceId: other.sourceId, input: annotationInput(other.text, "Great Purge", { visibility: "public", layer: "rebuttal", groupId: cast.groupId }) });
    const both = await exported(callerViewer(null), { format: "csv", sources: `vogiatzis-export,${other.sourceId}` });
    expect(rowIds(both.text).sort()).toEqual([n.claim.id, n.rebuttal.id, n.unrelated.id, theirs.id].sort());
    const member = await exported(callerViewer(cast.viewer), { format: "csv", sources: ["vogiatzis-export", "purge-export"] });
    expect(rowIds(member.text)).toHaveLength(5);
    await db.source.update({ where: { id: other.sourceId }, data: { groupId: cast.groupId } });
    expect((await failure(exported(callerViewer(cast.outsider), { format: "csv", sources: `vogiatzis-export,purge-export` }))).status).toBe(404);
    expect((await exported(callerViewer(cast.viewer), { format: "csv", sources: `vogiatzis-export,purge-export` })).total).toBe(5);
    expect((await failure(exported(callerViewer(cast.viewer), { format: "csv", sources: "vogiatzis-export,no-such-source" }))).status).toBe(404);
  });

  it("refuses a query without a scope, or with an unknown format", async () => {
    expect((await failure(exported(OPERATOR, { format: "csv" }))).status).toBe(400);
    expect((await failure(exported(OPERATOR, { format: "exe", source: source.sourceId }))).status).toBe(400);
  });
});
