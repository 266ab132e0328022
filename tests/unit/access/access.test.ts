import { describe, expect, it } from "vitest";
import { accessOf, actorIn, groupIdsOf, roleIn, visibilityActor } from "@/lib/access";
import { can } from "@/lib/policy";

const access = accessOf("user-1", [
  { groupId: "seminar", role: "editor" },
  { groupId: "reading", role: "viewer" },
]);

describe("access", () => {
  it("gives the policy's actor for each group from one resolved list", () => {
    expect(actorIn(access, "seminar")).toEqual({ userId: "user-1", role: "editor" });
    expect(actorIn(access, "reading")).toEqual({ userId: "user-1", role: "viewer" });
    expect(actorIn(access, "elsewhere")).toEqual({ userId: "user-1", role: null });
    expect(actorIn(access, null)).toEqual({ userId: "user-1", role: null });
    expect(actorIn(null, "seminar")).toBeNull();
  });

  it("names the roles and groups, and nothing for a signed-out caller", () => {
    expect(roleIn(access, "seminar")).toBe("editor");
    expect(roleIn(access, "elsewhere")).toBeNull();
    expect(roleIn(null, "seminar")).toBeNull();
    expect(groupIdsOf(access)).toEqual(["seminar", "reading"]);
    expect(groupIdsOf(null)).toEqual([]);
    expect(visibilityActor(access)).toEqual({ userId: "user-1", groupIds: ["seminar", "reading"] });
    expect(visibilityActor(null)).toBeNull();
  });

  it("feeds can() directly", () => {
    const resource = { kind: "group", groupId: "seminar" } as const;
    expect(can(actorIn(access, "seminar"), "source:import", resource).allowed).toBe(true);
    expect(can(actorIn(access, "reading"), "source:import", { kind: "group", groupId: "reading" }).allowed).toBe(false);
  });

  it("refuses an access without a real user id", () => {
    expect(() => accessOf("", [])).toThrow(/user id/);
    expect(() => accessOf("  ", [])).toThrow(/user id/);
  });
});
