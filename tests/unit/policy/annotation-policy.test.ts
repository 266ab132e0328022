import { describe, expect, it } from "vitest";
import { ACTIONS, type Action, can, VISIBILITIES, type Visibility } from "@/lib/policy";
import { actorFor, annotation, GROUP, ME, oneOf, outcome, parseTable, WHO, type Who, type Whose } from "./fixtures";

/*
 * Every role x annotation action x visibility x own/others' annotation.
 * Cells: allow, or the refusal status (401 signed out, 403 forbidden, 404 hidden).
 * Signed out, a note one may not read is hidden (404) like an unknown id.
 * "n/a": a signed-out caller cannot be an author. For create, "own" is a draft
 * authored by the caller, "other" one that names someone else as author.
 */
const TABLE = `
role        action   private/own private/other group/own group/other public/own public/other
owner       read     allow       404           allow     allow       allow      allow
editor      read     allow       404           allow     allow       allow      allow
annotator   read     allow       404           allow     allow       allow      allow
viewer      read     allow       404           allow     allow       allow      allow
non-member  read     allow       404           404       404         allow      allow
anonymous   read     n/a         404           n/a       404         n/a        allow

owner       create   allow       403           allow     403         allow      403
editor      create   allow       403           allow     403         allow      403
annotator   create   allow       403           allow     403         allow      403
viewer      create   403         403           403       403         403        403
non-member  create   404         403           404       403         404        403
anonymous   create   n/a         401           n/a       401         n/a        401

owner       edit     allow       404           allow     allow       allow      allow
editor      edit     allow       404           allow     allow       allow      allow
annotator   edit     allow       404           allow     403         allow      403
viewer      edit     allow       404           403       403         403        403
non-member  edit     allow       404           404       404         403        403
anonymous   edit     n/a         404           n/a       404         n/a        401

owner       delete   allow       404           allow     allow       allow      allow
editor      delete   allow       404           allow     allow       allow      allow
annotator   delete   allow       404           allow     403         allow      403
viewer      delete   allow       404           403       403         403        403
non-member  delete   allow       404           404       404         403        403
anonymous   delete   n/a         404           n/a       404         n/a        401

owner       reply    allow       404           allow     allow       allow      allow
editor      reply    allow       404           allow     allow       allow      allow
annotator   reply    allow       404           allow     allow       allow      allow
viewer      reply    allow       404           allow     403         allow      403
non-member  reply    allow       404           404       404         allow      403
anonymous   reply    n/a         404           n/a       404         n/a        401

owner       link     allow       404           allow     allow       allow      allow
editor      link     allow       404           allow     allow       allow      allow
annotator   link     allow       404           allow     allow       allow      allow
viewer      link     allow       404           allow     403         allow      403
non-member  link     allow       404           404       404         allow      403
anonymous   link     n/a         404           n/a       404         n/a        401
`;

interface Case {
  who: Who;
  action: Action;
  visibility: Visibility;
  whose: Whose;
  expected: string;
}

const cases: Case[] = parseTable(TABLE).flatMap((row) =>
  VISIBILITIES.flatMap((visibility) =>
    (["own", "other"] as const).map((whose) => ({
      who: oneOf(WHO, row.role),
      action: oneOf(ACTIONS, `annotation:${row.action}`),
      visibility,
      whose,
      expected: row[`${visibility}/${whose}`] ?? "missing",
    })),
  ),
).filter((c) => c.expected !== "n/a");

describe("can: annotation actions, the full table", () => {
  it("covers every role, action, visibility and ownership", () => {
    expect(cases).toHaveLength(6 * 6 * 3 * 2 - 6 * 3);
  });

  it.each(cases)("$who $action on $whose $visibility annotation: $expected", ({ who, action, visibility, whose, expected }) => {
    const decision = can(actorFor(who), action, annotation(visibility, whose));
    expect(outcome(decision)).toBe(expected);
    if (!decision.allowed) expect(decision.reason).toMatch(/\w/);
  });
});

describe("can: annotations outside a group", () => {
  const personal = (visibility: Visibility) => annotation(visibility, "own", { groupId: null });
  const othersPersonal = (visibility: Visibility) => annotation(visibility, "other", { groupId: null });
  const stranger = actorFor("non-member");
  const owner = actorFor("owner");

  it.each`
    action                 | target                         | expected
    ${"annotation:create"} | ${personal("private")}         | ${"allow"}
    ${"annotation:create"} | ${personal("group")}           | ${"403"}
    ${"annotation:create"} | ${personal("public")}          | ${"403"}
    ${"annotation:edit"}   | ${personal("public")}          | ${"allow"}
    ${"annotation:reply"}  | ${othersPersonal("public")}    | ${"403"}
    ${"annotation:edit"}   | ${othersPersonal("public")}    | ${"403"}
    ${"annotation:read"}   | ${othersPersonal("group")}     | ${"404"}
  `("signed-in user: $action on $target.visibility note by $target.authorId: $expected", ({ action, target, expected }) => {
    expect(outcome(can(stranger, action, target))).toBe(expected);
  });

  it("a group role does not reach annotations outside the group", () => {
    expect(outcome(can(owner, "annotation:edit", othersPersonal("public")))).toBe("403");
  });
});

describe("can: hidden (soft-deleted) annotations", () => {
  it.each(["owner", "editor", "annotator", "non-member", "anonymous"] as const)("are not found by %s", (who) => {
    for (const action of ["annotation:read", "annotation:edit", "annotation:reply"] as const) {
      const hidden = annotation("public", "own", { deleted: true });
      expect(outcome(can(actorFor(who), action, hidden))).toBe("404");
    }
  });
});

describe("can: a missing user id never matches", () => {
  it("throws for an actor whose user id is empty or undefined", () => {
    const target = annotation("private", "other", { authorId: "" });
    expect(() => can({ userId: "", role: "owner" }, "annotation:read", target)).toThrow(/user id/);
    const fromBadSession = JSON.parse('{"role":"owner"}');
    expect(() => can(fromBadSession, "annotation:edit", target)).toThrow(/user id/);
  });

  it("does not treat an empty author id as anyone's", () => {
    const orphan = annotation("private", "other", { authorId: "" });
    expect(outcome(can(actorFor("owner"), "annotation:read", orphan))).toBe("404");
  });

  it("refuses an action it does not know", () => {
    const unknown = JSON.parse('"constructor"');
    expect(outcome(can(actorFor("owner"), unknown, annotation("public", "own")))).toBe("403");
  });

  it("reasons speak to the user", () => {
    const decision = can(actorFor("viewer"), "annotation:reply", annotation("group", "other"));
    expect(decision).toEqual({
      allowed: false,
      status: 403,
      reason: "Your role in this group (viewer) does not allow you to reply to this annotation.",
    });
    expect(can(null, "annotation:reply", annotation("public", "other", { groupId: GROUP, authorId: ME }))).toEqual({
      allowed: false,
      status: 401,
      reason: "Sign in to reply to annotations.",
    });
  });
});
