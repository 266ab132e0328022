// The claims board on real Postgres: which claims and answers each reader sees
// (lib/policy's visibility filter on both ends of every link), and the status
// derived from what they see, across two sources.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createLink } from "@/lib/annotations/create-link";
import { deleteLink } from "@/lib/annotations/links/delete-link";
import { listClaims } from "@/lib/claims/list-claims";
import type { Db } from "@/lib/db/client";
import { annotationInput, castGroup, type Cast, failure, GREAT_PURGE, type Person, storeCorpusFile, type StoredSource, VOGIATZIS } from "./annotations-fixtures";
import { freshDatabase } from "./support/database";

let db: Db;
let cast: Cast;
let claimsSource: StoredSource;
let answers: StoredSource;

beforeAll(async () => {
  db = await freshDatabase();
  cast = await castGroup(db, "claims");
  claimsSource = await storeCorpusFile(db, VOGIATZIS, "claims-vogiatzis");
  answers = await storeCorpusFile(db, GREAT_PURGE, "claims-purge");
});
afterAll(() => db.$disconnect());

type Visibility = "private" | "group" | "public";
const annotate = (who: Person, source: StoredSource, phrase: string, layer: string, visibility: Visibility) =>
  createAnnotation({
    db,
    actor: who,
    sourceId: source.sourceId,
    input: annotationInput(source.text, phrase, { layer, visibility, groupId: visibility === "private" ? null : cast.groupId }),
  });
const statusFor = async (who: Person | null, claimId: string) => (await listClaims({ db, actor: who, input: {} })).rows.find((r) => r.claim.id === claimId)?.status ?? "not shown";

describe("the claims board", () => {
  it("shows each reader the claims they may read, with the status their visible answers give", async () => {
    const publicClaim = await annotate(cast.author, claimsSource, "The climax", "apologist_claim", "public");
    const groupClaim = await annotate(cast.author, claimsSource, "Some examples", "apologist_claim", "group");
    const privateRebuttal = await annotate(cast.editor, answers, "Great Purge", "rebuttal", "private");
    await createLink({ db, actor: cast.editor, fromId: privateRebuttal.id, input: { toId: publicClaim.id, kind: "rebuts", note: null } });

    // The group claim is the group's; the private rebuttal counts for its author alone.
    expect(await statusFor(null, publicClaim.id)).toBe("unanswered");
    expect(await statusFor(null, groupClaim.id)).toBe("not shown");
    expect(await statusFor(cast.outsider, groupClaim.id)).toBe("not shown");
    expect(await statusFor(cast.viewer, groupClaim.id)).toBe("unanswered");
    expect(await statusFor(cast.viewer, publicClaim.id)).toBe("unanswered");
    expect(await statusFor(cast.editor, publicClaim.id)).toBe("rebutted");
    const seen = (await listClaims({ db, actor: null, input: {} })).rows.find((r) => r.claim.id === publicClaim.id);
    expect(seen?.chain).toEqual([]);
  });

  it("follows a chain across sources: an archival finding refutes, a rebuttal of it restores, a removed link stops counting", async () => {
    const claim = await annotate(cast.author, claimsSource, "Suffocating the revolution", "apologist_claim", "group");
    const finding = await annotate(cast.annotator, answers, "Great Purge", "archival_finding", "group");
    const refutes = await createLink({ db, actor: cast.annotator, fromId: finding.id, input: { toId: claim.id, kind: "refutes", note: "Archive" } });
    expect(await statusFor(cast.viewer, claim.id)).toBe("refuted");
    const board = await listClaims({ db, actor: cast.viewer, input: { status: "refuted", source: "claims-vogiatzis" } });
    const row = board.rows.find((r) => r.claim.id === claim.id);
    expect(row?.answer).toEqual({ annotationId: finding.id, sourceSlug: "claims-purge", sourceTitle: `Test copy of ${GREAT_PURGE}`, linkId: refutes.id });
    expect(row?.chain.map((e) => [e.annotation.id, e.link.kind, e.link.note, e.label])).toEqual([[finding.id, "refutes", "Archive", "in"]]);

    const counter = await annotate(cast.editor, claimsSource, "The climax", "rebuttal", "group");
    await createLink({ db, actor: cast.editor, fromId: counter.id, input: { toId: finding.id, kind: "rebuts", note: null } });
    expect(await statusFor(cast.viewer, claim.id)).toBe("contested");

    await deleteLink({ db, actor: cast.annotator, input: { annotationId: finding.id, linkId: refutes.id } });
    expect(await statusFor(cast.viewer, claim.id)).toBe("unanswered");
  });

  it("pages the claims a reader may see by 50, keeping the filter and sort across pages", async () => {
    const phrases = ["The climax", "Some examples", "Suffocating the revolution"];
    const made: string[] = [];
    for (let i = 0; i < 53; i++) {
      const visibility = i === 52 ? "private" : "group";
      const claim = await createAnnotation({
        db,
        actor: cast.author,
        sourceId: claimsSource.sourceId,
        input: annotationInput(claimsSource.text, phrases[i % 3]!, { layer: "apologist_claim", visibility, groupId: visibility === "private" ? null : cast.groupId, tags: ["paged"] }),
      });
      if (visibility === "group") made.push(claim.id);
    }
    const query = { tag: "paged", sort: "source" };
    const first = await listClaims({ db, actor: cast.viewer, input: query });
    const second = await listClaims({ db, actor: cast.viewer, input: { ...query, page: "2" } });
    // The viewer sees the 52 group claims, not the author's private one.
    expect([first.matched, first.page, first.pageCount, first.rows.length]).toEqual([52, 1, 2, 50]);
    expect([second.matched, second.page, second.offset, second.rows.length]).toEqual([52, 2, 50, 2]);
    const seen = [...first.rows, ...second.rows].map((r) => r.claim.id);
    expect(new Set(seen).size).toBe(52);
    expect([...seen].sort()).toEqual([...made].sort());
    expect(second.rows.every((r) => r.claim.tags.includes("paged"))).toBe(true);
    // A page past the last shows the last; the author sees the private one on it.
    expect((await listClaims({ db, actor: cast.viewer, input: { ...query, page: "7" } })).rows.map((r) => r.claim.id)).toEqual(second.rows.map((r) => r.claim.id));
    expect((await listClaims({ db, actor: cast.author, input: { ...query, page: "2" } })).rows).toHaveLength(3);
  });

  it("refuses a query it cannot read with a 400 naming the field", async () => {
    expect(await failure(listClaims({ db, actor: null, input: { status: "wrong" } }))).toMatchObject({ status: 400, message: expect.stringContaining("status") });
    expect(await failure(listClaims({ db, actor: null, input: { page: "0" } }))).toMatchObject({ status: 400, message: expect.stringContaining("page") });
  });
});
