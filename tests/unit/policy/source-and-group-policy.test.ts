import { describe, expect, it } from "vitest";
import { can, type GroupResource, type SourceResource } from "@/lib/policy";
import { actorFor, GROUP, oneOf, outcome, parseTable, WHO } from "./fixtures";

const starter: SourceResource = { kind: "source", groupId: null, isPublic: true };
const groupSource: SourceResource = { kind: "source", groupId: GROUP, isPublic: false };
const group: GroupResource = { kind: "group", groupId: GROUP };

/*
 * Sources: the starter corpus (public, no group) and a group's own import.
 * Starter sources are read-only for everyone: 403 even signed out, since
 * signing in would not help. Signed out, a group's source is hidden (404).
 */
const SOURCES = `
role        action   starter  group-source
owner       read     allow    allow
editor      read     allow    allow
annotator   read     allow    allow
viewer      read     allow    allow
non-member  read     allow    404
anonymous   read     allow    404

owner       edit     403      allow
editor      edit     403      allow
annotator   edit     403      403
viewer      edit     403      403
non-member  edit     403      404
anonymous   edit     403      404
`;

/* Group-scoped actions; outsiders are not told the group exists. */
const GROUPS = `
role        import  manage-members  invite  delete
owner       allow   allow           allow   allow
editor      allow   403             403     403
annotator   403     403             403     403
viewer      403     403             403     403
non-member  404     404             404     404
anonymous   401     401             401     401
`;

describe("can: sources", () => {
  const cases = parseTable(SOURCES).flatMap((row) =>
    (["starter", "group-source"] as const).map((which) => ({
      who: oneOf(WHO, row.role),
      action: oneOf(["source:read", "source:edit"] as const, `source:${row.action}`),
      which,
      expected: row[which],
    })),
  );

  it.each(cases)("$who $action on $which: $expected", ({ who, action, which, expected }) => {
    expect(outcome(can(actorFor(who), action, which === "starter" ? starter : groupSource))).toBe(expected);
  });
});

const GROUP_ACTIONS = ["source:import", "group:manage-members", "group:invite", "group:delete"] as const;

describe("can: group actions", () => {
  const columns = ["import", "manage-members", "invite", "delete"] as const;
  const cases = parseTable(GROUPS).flatMap((row) =>
    columns.map((column) => ({
      who: oneOf(WHO, row.role),
      action: oneOf(GROUP_ACTIONS, column === "import" ? "source:import" : `group:${column}`),
      expected: row[column],
    })),
  );

  it.each(cases)("$who $action: $expected", ({ who, action, expected }) => {
    expect(outcome(can(actorFor(who), action, group))).toBe(expected);
  });
});
