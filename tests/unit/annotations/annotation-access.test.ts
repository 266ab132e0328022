import { describe, expect, it } from "vitest";
import { accessOf } from "@/lib/access";
import { type AnnotationFacts, judgeAnnotation } from "@/lib/annotations/annotation-access";

const author = "user-author";
const note = (visibility: AnnotationFacts["visibility"], sourceGroupId: string | null, groupId: string | null = "seminar"): AnnotationFacts => ({
  authorId: author,
  groupId,
  visibility,
  deletedAt: null,
  source: { groupId: sourceGroupId },
});
const outcome = (run: () => unknown): string => {
  try {
    run();
    return "allow";
  } catch (error) {
    return String((error as { status?: number }).status);
  }
};

describe("judgeAnnotation", () => {
  const member = accessOf(author, [{ groupId: "seminar", role: "annotator" }]);
  const removed = accessOf(author, []);

  it("asks source:read first: a removed author loses even their private notes on the group's text", () => {
    for (const action of ["annotation:read", "annotation:edit", "annotation:delete", "annotation:reply", "annotation:link"] as const) {
      expect(outcome(() => judgeAnnotation(member, note("private", "seminar", null), action))).toBe("allow");
      expect(outcome(() => judgeAnnotation(removed, note("private", "seminar", null), action))).toBe("404");
    }
    // On the public corpus their own notes stay theirs.
    expect(outcome(() => judgeAnnotation(removed, note("private", null, null), "annotation:edit"))).toBe("allow");
  });

  it("answers 404 with the unknown id's message to anyone who may not read", () => {
    for (const access of [null, accessOf("user-outsider", [])]) {
      for (const visibility of ["private", "group"] as const) {
        try {
          judgeAnnotation(access, note(visibility, null), "annotation:read");
          throw new Error("allowed");
        } catch (error) {
          expect(error).toMatchObject({ status: 404, code: "not_found", message: "Annotation not found." });
        }
      }
    }
  });

  it("keeps the action's own refusal for readers", () => {
    const viewer = accessOf("user-viewer", [{ groupId: "seminar", role: "viewer" }]);
    expect(outcome(() => judgeAnnotation(viewer, note("group", "seminar"), "annotation:read"))).toBe("allow");
    expect(outcome(() => judgeAnnotation(viewer, note("group", "seminar"), "annotation:edit"))).toBe("403");
    expect(outcome(() => judgeAnnotation(null, note("public", null), "annotation:reply"))).toBe("401");
  });
});
