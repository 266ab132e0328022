import { describe, expect, it } from "vitest";
import {
  type AnnotationResource,
  can,
  ROLES,
  VISIBILITIES,
  visibleAnnotationsWhere,
  type VisibleAnnotationClause,
  type VisibleAnnotationsWhere,
} from "@/lib/policy";

interface Row {
  visibility: "private" | "group" | "public";
  authorId: string;
  groupId: string | null;
  deletedAt: Date | null;
}

/** Evaluates the filter the way Postgres would, to compare it with can(). */
function matches(where: VisibleAnnotationsWhere, row: Row): boolean {
  if (row.deletedAt !== where.deletedAt) return false;
  if ("visibility" in where) return row.visibility === where.visibility;
  return where.OR.some((clause: VisibleAnnotationClause) => {
    if (clause.visibility !== row.visibility) return false;
    if (clause.visibility === "group") return row.groupId !== null && clause.groupId.in.includes(row.groupId);
    if (clause.visibility === "private") return row.authorId === clause.authorId;
    return true;
  });
}

describe("visibleAnnotationsWhere", () => {
  it("shows signed-out readers public, undeleted annotations only", () => {
    expect(visibleAnnotationsWhere(null)).toEqual({ deletedAt: null, visibility: "public" });
  });

  it("adds the user's own private notes and their groups' shared ones", () => {
    expect(visibleAnnotationsWhere({ userId: "u1", groupIds: ["g1", "g2", "g1"] })).toEqual({
      deletedAt: null,
      OR: [
        { visibility: "public" },
        { visibility: "private", authorId: "u1" },
        { visibility: "group", groupId: { in: ["g1", "g2"] } },
      ],
    });
  });

  it("leaves out the group clause for a user in no group", () => {
    expect(visibleAnnotationsWhere({ userId: "u1", groupIds: [] })).toEqual({
      deletedAt: null,
      OR: [{ visibility: "public" }, { visibility: "private", authorId: "u1" }],
    });
  });

  it.each([
    ["an empty user id", { userId: "", groupIds: [] }],
    ["a blank user id", { userId: "  ", groupIds: [] }],
    ["no user id", JSON.parse('{"groupIds":[]}')],
    ["an undefined user id", { userId: undefined, groupIds: [] }],
    ["no group list", JSON.parse('{"userId":"u1"}')],
    ["an empty group id", { userId: "u1", groupIds: [""] }],
  ])("refuses an actor with %s", (_label, actor) => {
    expect(() => visibleAnnotationsWhere(actor)).toThrow();
  });

  it("never leaves an undefined value in the filter", () => {
    const where = visibleAnnotationsWhere({ userId: "u1", groupIds: ["g1"] });
    expect(JSON.stringify(where, (_key, value) => (value === undefined ? "UNDEFINED" : value))).not.toContain(
      "UNDEFINED",
    );
  });

  it("agrees with can(annotation:read) on every kind of row", () => {
    const users = ["u1", "u2"];
    const groups = ["g1", "g2", null];
    const rows: Row[] = VISIBILITIES.flatMap((visibility) =>
      users.flatMap((authorId) =>
        groups.flatMap((groupId) =>
          [null, new Date(0)].map((deletedAt) => ({ visibility, authorId, groupId, deletedAt })),
        ),
      ),
    );
    const memberOf = { u1: ["g1"], u2: [] as string[] };
    for (const row of rows) {
      const resource: AnnotationResource = { kind: "annotation", ...row, deleted: row.deletedAt !== null };
      expect(matches(visibleAnnotationsWhere(null), row)).toBe(can(null, "annotation:read", resource).allowed);
      for (const userId of ["u1", "u2"] as const) {
        const groupIds = memberOf[userId];
        const where = visibleAnnotationsWhere({ userId, groupIds });
        const inGroup = row.groupId !== null && groupIds.includes(row.groupId);
        // Any member role reads, so checking each one guards against a role-specific drift.
        for (const role of inGroup ? ROLES : [null]) {
          expect(matches(where, row), JSON.stringify({ userId, role, row })).toBe(
            can({ userId, role }, "annotation:read", resource).allowed,
          );
        }
      }
    }
  });
});
