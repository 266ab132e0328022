import { describe, expect, it } from "vitest";
import { tokenAllows } from "@/lib/policy";

const all = { groupId: null, canWrite: true };
const readOnly = { groupId: null, canWrite: false };
const seminar = { groupId: "g1", canWrite: true };

describe("what a personal API token may do beyond its user's rights", () => {
  it("a read-only token reads and is refused every write (403)", () => {
    expect(tokenAllows(readOnly, "annotation:read", { groupId: "g1" }).allowed).toBe(true);
    for (const action of ["annotation:create", "annotation:edit", "annotation:delete"] as const) {
      expect(tokenAllows(readOnly, action, { groupId: "g1" })).toMatchObject({ allowed: false, status: 403 });
    }
    expect(tokenAllows(all, "annotation:edit", { groupId: null }).allowed).toBe(true);
  });

  it("a group's token acts in its group only, reads the public corpus, and finds nothing elsewhere (404)", () => {
    expect(tokenAllows(seminar, "annotation:create", { groupId: "g1" }).allowed).toBe(true);
    expect(tokenAllows(seminar, "source:read", { groupId: null, isPublicSource: true }).allowed).toBe(true);
    expect(tokenAllows(seminar, "source:read", { groupId: "g2" })).toMatchObject({ allowed: false, status: 404 });
    // A private note on a public text is no group's: outside the token's reach.
    expect(tokenAllows(seminar, "annotation:read", { groupId: null })).toMatchObject({ allowed: false, status: 404 });
    expect(tokenAllows(seminar, "annotation:create", { groupId: null })).toMatchObject({ allowed: false, status: 404 });
  });
});
