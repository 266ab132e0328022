import { describe, expect, it } from "vitest";
import { visibilityChangeRefusal, visibilityChoices, type VisibilityFacts } from "@/lib/annotations/visibility-change";
import type { Actor, Role } from "@/lib/policy";

const AUTHOR = "u-author";
const groupNote = (sourceGroupId: string | null): VisibilityFacts => ({
  resource: { kind: "annotation", authorId: AUTHOR, groupId: "g1", visibility: "group", deleted: false },
  sourceGroupId,
});
const member = (userId: string, role: Role | null): Actor => ({ userId, role });

describe("who may change who sees a note", () => {
  it.each([
    ["the author on the public corpus", member(AUTHOR, "annotator"), null, ["private", "group", "public"]],
    ["the author on the group's own source", member(AUTHOR, "annotator"), "g1", ["private", "group"]],
    ["the author after being made a viewer", member(AUTHOR, "viewer"), null, ["group"]],
    ["the author after leaving the group", member(AUTHOR, null), null, ["group"]],
    ["an editor who is not the author", member("u-editor", "editor"), null, ["group"]],
    ["an owner who is not the author", member("u-owner", "owner"), null, ["group"]],
    ["someone signed out", null, null, ["group"]],
  ] as const)("%s", (_who, actor, sourceGroupId, expected) => {
    expect(visibilityChoices(actor, groupNote(sourceGroupId))).toEqual(expected);
  });

  it("says why a change is refused", () => {
    expect(visibilityChangeRefusal(member("u-editor", "editor"), groupNote(null), "private")?.message).toMatch(/only the author/i);
    expect(visibilityChangeRefusal(member(AUTHOR, "annotator"), groupNote("g1"), "public")?.message).toMatch(/cannot be public/);
    expect(visibilityChangeRefusal(member(AUTHOR, "viewer"), groupNote(null), "public")?.message).toMatch(/viewer/);
    // Keeping the visibility is never a change, whoever edits.
    expect(visibilityChangeRefusal(member("u-editor", "editor"), groupNote("g1"), "group")).toBeNull();
  });

  it("lets a private note without a group stay private only", () => {
    const personal: VisibilityFacts = {
      resource: { kind: "annotation", authorId: AUTHOR, groupId: null, visibility: "private", deleted: false },
      sourceGroupId: null,
    };
    expect(visibilityChoices(member(AUTHOR, null), personal)).toEqual(["private"]);
  });
});
