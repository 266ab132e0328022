import { describe, expect, it } from "vitest";
import { type Actor, can, type LinkResource, type Role } from "@/lib/policy";
import { annotation, ME, oneOf, outcome, parseTable, SOMEONE_ELSE } from "./fixtures";

/*
 * link:delete and link:restore (issue 8, finding 1.6). The link runs from a group
 * note in group G1 to a public note in group G2. Each reader has a role in each
 * group ("-": none). Restore columns: removed by an editor, or by the reader.
 */
const TABLE = `
reader          g1         g2      delete restore/editor restore/self
link-author     annotator  -       allow  403            allow
from-author     annotator  -       allow  403            allow
to-author       viewer     -       allow  403            allow
g1-editor       editor     -       allow  allow          allow
g2-editor       viewer     editor  allow  allow          allow
annotator       annotator  -       403    403            403
viewer          viewer     -       403    403            403
non-member      -          -       404    404            404
anonymous       -          -       404    404            404
`;

const READERS = ["link-author", "from-author", "to-author", "g1-editor", "g2-editor", "annotator", "viewer", "non-member", "anonymous"] as const;
const ROLES = ["owner", "editor", "annotator", "viewer", "-"] as const;
const roleOf = (cell: string | undefined): Role | null => {
  const role = oneOf(ROLES, cell);
  return role === "-" ? null : role;
};

function linkFor(reader: (typeof READERS)[number], g1: Role | null, g2: Role | null, deletedById: string | null): LinkResource {
  const from = annotation("group", reader === "from-author" ? "own" : "other", { groupId: "g1" });
  const to = annotation("public", reader === "to-author" ? "own" : "other", { groupId: "g2" });
  return {
    kind: "link",
    createdById: reader === "link-author" ? ME : SOMEONE_ELSE,
    ends: [
      { annotation: from, role: g1 },
      { annotation: to, role: g2 },
    ],
    deletedById,
  };
}

const cases = parseTable(TABLE).flatMap((row) => {
  const reader = oneOf(READERS, row.reader);
  const actor: Actor | null = reader === "anonymous" ? null : { userId: ME, role: null };
  const g1 = roleOf(row.g1);
  const g2 = roleOf(row.g2);
  return [
    { reader, column: "delete", decide: () => can(actor, "link:delete", linkFor(reader, g1, g2, null)), expected: row.delete },
    { reader, column: "restore/editor", decide: () => can(actor, "link:restore", linkFor(reader, g1, g2, "user-editor")), expected: row["restore/editor"] },
    { reader, column: "restore/self", decide: () => can(actor, "link:restore", linkFor(reader, g1, g2, ME)), expected: row["restore/self"] },
  ];
});

describe("can: removing and restoring links", () => {
  it("covers every reader and action", () => {
    expect(cases).toHaveLength(READERS.length * 3);
  });

  it.each(cases)("$reader, $column: $expected", ({ decide, expected }) => {
    const decision = decide();
    expect(outcome(decision)).toBe(expected);
    if (!decision.allowed) expect(decision.reason).toMatch(/\w/);
  });
});
