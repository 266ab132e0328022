import { describe, expect, it } from "vitest";
import { isAdminEmail, parseAdminEmails } from "@/lib/access/admin-emails";

describe("ADMIN_EMAILS", () => {
  it("names administrators by email, separated by commas or spaces, in any case", () => {
    const admins = parseAdminEmails(" Curator@Example.org, second@example.org third@example.org;");
    expect([...admins]).toEqual(["curator@example.org", "second@example.org", "third@example.org"]);
    expect(isAdminEmail("curator@EXAMPLE.org", admins)).toBe(true);
    expect(isAdminEmail("someone@example.org", admins)).toBe(false);
    expect(isAdminEmail(null, admins)).toBe(false);
  });

  it("names nobody when unset or holding no address", () => {
    expect(parseAdminEmails(undefined).size).toBe(0);
    expect(parseAdminEmails(" , ; ").size).toBe(0);
    expect(isAdminEmail("", parseAdminEmails(""))).toBe(false);
  });
});
