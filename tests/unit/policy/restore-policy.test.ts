import { describe, expect, it } from "vitest";
import { can, VISIBILITIES } from "@/lib/policy";
import { actorFor, annotation, ME, oneOf, outcome, parseTable, SOMEONE_ELSE, WHO, type Who } from "./fixtures";

/*
 * annotation:restore (issue 8, finding 1.7): reader x who hid the note x its visibility.
 * "author" restores their own note (as an annotator of the group); the other rows
 * someone else's. Hidden by: its author, an editor (not the reader), or nobody
 * recorded (hidden before who hid it was kept).
 */
const TABLE = `
reader      author/private editor/private unknown/private author/group editor/group unknown/group author/public editor/public unknown/public
author      allow          403            allow           allow        403          403           allow         403           403
owner       404            404            404             allow        allow        allow         allow         allow         allow
editor      404            404            404             allow        allow        allow         allow         allow         allow
annotator   404            404            404             403          403          403           403           403           403
viewer      404            404            404             403          403          403           403           403           403
non-member  404            404            404             404          404          404           403           403           403
anonymous   404            404            404             404          404          404           401           401           401
`;

type Reader = Who | "author";
const READERS: readonly Reader[] = ["author", ...WHO];
const EDITOR = "user-editor";
const HIDERS = ["author", "editor", "unknown"] as const;

const cases = parseTable(TABLE).flatMap((row) =>
  HIDERS.flatMap((hider) =>
    VISIBILITIES.map((visibility) => ({ reader: oneOf(READERS, row.reader), hider, visibility, expected: row[`${hider}/${visibility}`] ?? "missing" })),
  ),
);

describe("can: annotation:restore, reader x who hid it x visibility", () => {
  it("covers every reader, hider and visibility", () => {
    expect(cases).toHaveLength(READERS.length * 9);
  });

  it.each(cases)("$reader restores a $visibility note hidden by $hider: $expected", ({ reader, hider, visibility, expected }) => {
    const own = reader === "author";
    const actor = own ? { userId: ME, role: "annotator" as const } : actorFor(reader);
    const authorId = own ? ME : SOMEONE_ELSE;
    const deletedById = hider === "author" ? authorId : hider === "editor" ? EDITOR : null;
    const hidden = { ...annotation(visibility, own ? "own" : "other"), deletedById };
    const decision = can(actor, "annotation:restore", hidden);
    expect(outcome(decision)).toBe(expected);
    if (!decision.allowed) expect(decision.reason).toMatch(/\w/);
  });

  it("an editor demoted after hiding a note no longer restores it", () => {
    const demoted = { userId: EDITOR, role: "annotator" as const };
    expect(outcome(can(demoted, "annotation:restore", { ...annotation("group", "other"), deletedById: EDITOR }))).toBe("403");
  });
});
