import { getRounds } from "bcryptjs";
import { describe, expect, it } from "vitest";
import { BCRYPT_COST, hashPassword, hashForMissingAccount, verifyPassword } from "@/lib/accounts/password";

describe("password hashing", () => {
  it("stores a salted bcrypt hash at cost 12, never the password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$2[aby]\$12\$/);
    expect(getRounds(hash)).toBe(BCRYPT_COST);
    expect(hash).not.toContain("correct horse battery");
  });

  it("salts: one password hashes differently twice", async () => {
    const [a, b] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("same password", a)).toBe(true);
    expect(await verifyPassword("same password", b)).toBe(true);
  });

  it("accepts the right password and refuses near misses", async () => {
    const hash = await hashPassword("Zinoviev-1936");
    expect(await verifyPassword("Zinoviev-1936", hash)).toBe(true);
    expect(await verifyPassword("zinoviev-1936", hash)).toBe(false);
    expect(await verifyPassword("Zinoviev-1936 ", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("handles non-ASCII passwords", async () => {
    const hash = await hashPassword("Каменев-пароль");
    expect(await verifyPassword("Каменев-пароль", hash)).toBe(true);
    expect(await verifyPassword("Каменев-парол", hash)).toBe(false);
  });

  it("keeps one dummy hash for unknown accounts, which nothing matches", async () => {
    const dummy = await hashForMissingAccount();
    expect(await hashForMissingAccount()).toBe(dummy);
    expect(getRounds(dummy)).toBe(BCRYPT_COST);
    expect(await verifyPassword("", dummy)).toBe(false);
  });
});
