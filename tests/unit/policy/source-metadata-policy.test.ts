import { describe, expect, it } from "vitest";
import { accessOf, actorIn } from "@/lib/access";
import { parseAdminUserIds, withAdminRole } from "@/lib/access/admin-users";
import { can, type Actor, type SourceResource } from "@/lib/policy";
import { actorFor, GROUP, oneOf, outcome, parseTable, WHO } from "./fixtures";

const starter: SourceResource = { kind: "source", groupId: null, isPublic: true };
const groupSource: SourceResource = { kind: "source", groupId: GROUP, isPublic: false };

/*
 * Editing a source's metadata (author, site, URL, date...). A group's sources are
 * edited by its editors and owners; the public corpus only by the instance's
 * administrators (ADMIN_USER_IDS), whatever their role anywhere. An administrator
 * who is not a member sees a group's source as anyone outside it does: not at all.
 */
const TABLE = `
role        admin  starter  group-source
owner       no     403      allow
editor      no     403      allow
annotator   no     403      403
viewer      no     403      403
non-member  no     403      404
anonymous   no     401      404
owner       yes    allow    allow
viewer      yes    allow    403
non-member  yes    allow    404
`;

function actorOf(who: (typeof WHO)[number], admin: boolean): Actor | null {
  const actor = actorFor(who);
  return actor === null ? null : { ...actor, admin };
}

describe("can: source:edit-metadata", () => {
  const cases = parseTable(TABLE).flatMap((row) =>
    (["starter", "group-source"] as const).map((which) => ({ who: oneOf(WHO, row.role), admin: row.admin === "yes", which, expected: row[which] })),
  );

  it.each(cases)("$who (admin: $admin) on $which: $expected", ({ who, admin, which, expected }) => {
    expect(outcome(can(actorOf(who, admin), "source:edit-metadata", which === "starter" ? starter : groupSource))).toBe(expected);
  });

  it("says who curates the public corpus", () => {
    const decision = can(actorFor("owner"), "source:edit-metadata", starter);
    expect(decision.allowed ? "" : decision.reason).toMatch(/administrators/);
  });
});

/*
 * Who is an administrator: the accounts ADMIN_USER_IDS names by id. Emails are not
 * verified, so an account that signed up with the operator's address, or whose name
 * or email is the id, is no administrator.
 */
const ADMINS_TABLE = `
account                  email                 starter
named-by-id              curator@example.org   allow
second-named             other@example.org     allow
unnamed                  curator@example.org   403
email-as-id              named-by-id           403
`;

describe("ADMIN_USER_IDS", () => {
  const admins = parseAdminUserIds(" named-by-id, second-named;third-named ");

  it.each(parseTable(ADMINS_TABLE))("$account (signed up as $email) on the starter corpus: $starter", ({ account, starter: expected }) => {
    // The email the account signed up with goes nowhere near the decision: only the id.
    const access = withAdminRole(accessOf(account!, []), admins);
    expect(outcome(can(actorIn(access, null), "source:edit-metadata", starter))).toBe(expected);
  });

  it("names nobody when unset or empty, and leaves signed-out callers signed out", () => {
    expect(parseAdminUserIds(undefined).size).toBe(0);
    expect(parseAdminUserIds(" , ; ").size).toBe(0);
    expect([...admins]).toEqual(["named-by-id", "second-named", "third-named"]);
    expect(withAdminRole(null, admins)).toBeNull();
    expect(withAdminRole(accessOf("unnamed", []), admins)?.admin).toBeUndefined();
  });
});
