import { getRounds } from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/accounts/create-account";
import { signUpInput } from "@/lib/accounts/schemas";
import { ACCOUNT_RULE, ADDRESS_RULE } from "@/lib/accounts/throttle-window";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { createAuthAdapter } from "@/lib/auth/adapter";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/http";
import { freshDatabase } from "./support/database";


let db: Db;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db.$disconnect();
});

const MIN = 60_000;
const signUp = (email: string, password = "a good long password", name?: string) =>
  createAccount(db, signUpInput.parse({ email, password, name }));

describe("sign-up", () => {
  it("creates a user with a bcrypt hash, never the password", async () => {
    const account = await signUp(" Ada@Example.org ", "a good long password", "Ada");
    expect(account).toMatchObject({ email: "ada@example.org", name: "Ada" });
    const row = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(getRounds(row.passwordHash ?? "")).toBe(12);
    expect(row.passwordHash).not.toContain("a good long password");
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    await signUp("taken@example.org");
    const attempt = signUp("TAKEN@example.org");
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "email_taken", status: 409 });
    expect(await db.user.count({ where: { email: "taken@example.org" } })).toBe(1);
  });
});

describe("credential check", () => {
  it("accepts the right password and refuses a wrong one or an unknown email alike", async () => {
    const account = await signUp("right@example.org", "Trotsky-in-Mexico");
    const context = { address: "198.51.100.1" };
    const ok = await verifyCredentials(db, { email: "right@example.org", password: "Trotsky-in-Mexico" }, context);
    expect(ok).toEqual({ ok: true, user: { id: account.id, email: "right@example.org", name: null } });
    expect(await verifyCredentials(db, { email: "right@example.org", password: "trotsky-in-mexico" }, context)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(db, { email: "nobody@example.org", password: "Trotsky-in-Mexico" }, context)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses users without a password (provider sign-ins)", async () => {
    await db.user.create({ data: { email: "oauth-only@example.org" } });
    expect(await verifyCredentials(db, { email: "oauth-only@example.org", password: "anything" }, { address: "198.51.100.2" })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("locks an account after 5 failures in 15 minutes, from any address, for 15 minutes", async () => {
    await signUp("victim@example.org", "the real password");
    const t0 = new Date();
    const at = (minutes: number) => new Date(t0.getTime() + minutes * MIN);
    for (let i = 0; i < ACCOUNT_RULE.maxFailures; i++) {
      const result = await verifyCredentials(db, { email: "victim@example.org", password: `guess ${i}` }, { address: `203.0.113.${i}`, now: at(i) });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    // Locked at minute 4 until minute 19: even the right password is refused, with the time left.
    const locked = await verifyCredentials(db, { email: "victim@example.org", password: "the real password" }, { address: "192.0.2.50", now: at(7) });
    expect(locked).toEqual({ ok: false, reason: "throttled", retryAfterMs: 12 * MIN });

    const later = await verifyCredentials(db, { email: "victim@example.org", password: "the real password" }, { address: "192.0.2.50", now: at(20) });
    expect(later.ok).toBe(true);
    // Success clears the account's count: the next failure starts from one.
    expect(await db.loginThrottle.findUnique({ where: { key: "account:victim@example.org" } })).toBeNull();
  });

  it("a right password before the limit clears the account's failures", async () => {
    await signUp("forgetful@example.org", "finally remembered");
    const address = { address: "192.0.2.60" };
    for (let i = 0; i < ACCOUNT_RULE.maxFailures - 1; i++) {
      await verifyCredentials(db, { email: "forgetful@example.org", password: "wrong" }, address);
    }
    expect((await verifyCredentials(db, { email: "forgetful@example.org", password: "finally remembered" }, address)).ok).toBe(true);
    expect(await verifyCredentials(db, { email: "forgetful@example.org", password: "wrong" }, address)).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an address after 20 failures across many accounts", async () => {
    await signUp("bystander@example.org", "bystander password");
    const address = { address: "233.252.0.9" };
    for (let i = 0; i < ADDRESS_RULE.maxFailures; i++) {
      const result = await verifyCredentials(db, { email: `sprayed${i}@example.org`, password: "Password1" }, address);
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const refused = await verifyCredentials(db, { email: "bystander@example.org", password: "bystander password" }, address);
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    // Another address is not affected.
    expect((await verifyCredentials(db, { email: "bystander@example.org", password: "bystander password" }, { address: "233.252.0.10" })).ok).toBe(true);
  });

  it("counts parallel guesses before checking them, so a burst gets no extra tries", async () => {
    await signUp("burst@example.org", "not guessed");
    const guesses = Array.from({ length: 10 }, (_, i) =>
      verifyCredentials(db, { email: "burst@example.org", password: `parallel ${i}` }, { address: `192.0.2.${100 + i}` }),
    );
    const results = await Promise.all(guesses);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(ACCOUNT_RULE.maxFailures);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(10 - ACCOUNT_RULE.maxFailures);
  });

  it("forgets attempts whose window and lock are over, and keeps the rest", async () => {
    const t0 = new Date("2031-03-01T12:00:00Z");
    const at = (minutes: number) => new Date(t0.getTime() + minutes * MIN);
    await db.loginThrottle.createMany({
      data: [
        { key: "account:stale@example.org", failures: 3, windowStart: at(-16), lockedUntil: null },
        { key: "account:served@example.org", failures: 5, windowStart: at(-40), lockedUntil: at(-25) },
        { key: "account:still-locked@example.org", failures: 5, windowStart: at(-16), lockedUntil: at(1) },
        { key: "account:recent@example.org", failures: 2, windowStart: at(-14), lockedUntil: null },
      ],
    });
    await verifyCredentials(db, { email: "someone@example.org", password: "whatever" }, { address: "192.0.2.77", now: t0 });
    const left = await db.loginThrottle.findMany({ where: { key: { endsWith: "@example.org", startsWith: "account:s" } }, select: { key: true } });
    expect(left.map((r) => r.key).sort()).toEqual(["account:someone@example.org", "account:still-locked@example.org"]);
    expect(await db.loginThrottle.count({ where: { key: "account:recent@example.org" } })).toBe(1);
    // The kept lock still refuses, with the time left.
    expect(await verifyCredentials(db, { email: "still-locked@example.org", password: "x" }, { address: "192.0.2.78", now: t0 })).toMatchObject({
      reason: "throttled",
      retryAfterMs: MIN,
    });
  });

  it("right sign-ins from an address do not buy it extra guesses at other accounts", async () => {
    await signUp("insider@example.org", "insider password");
    const address = { address: "233.252.0.77" };
    for (let i = 0; i < ADDRESS_RULE.maxFailures; i++) {
      // The attacker's own account signs in between guesses at other accounts.
      expect((await verifyCredentials(db, { email: "insider@example.org", password: "insider password" }, address)).ok).toBe(true);
      await verifyCredentials(db, { email: `target${i}@example.org`, password: "Password1" }, address);
    }
    expect(await verifyCredentials(db, { email: "target-next@example.org", password: "Password1" }, address)).toMatchObject({ reason: "throttled" });
  });
});

describe("@auth/prisma-adapter against our schema", () => {
  const adapter = createAuthAdapter(() => db);

  it("creates users, finds them by email in any case, and hides the password hash", async () => {
    if (adapter.createUser === undefined || adapter.getUserByEmail === undefined || adapter.getUser === undefined) throw new Error("adapter incomplete");
    const created = await adapter.createUser({ name: "Provider User", email: "Provider@Example.org", emailVerified: null, image: "https://example.org/a.png" });
    expect(created).toEqual({ id: expect.any(String), name: "Provider User", email: "provider@example.org", emailVerified: null, image: "https://example.org/a.png" });
    expect(await adapter.getUserByEmail("PROVIDER@example.org")).toEqual(created);
    expect(await adapter.getUser(created.id)).toEqual(created);
    expect(await adapter.getUserByEmail("missing@example.org")).toBeNull();

    const withPassword = await signUp("hashed@example.org");
    const found = await adapter.getUser(withPassword.id);
    expect(found).not.toHaveProperty("passwordHash");
  });

  it("links a provider account (ignoring extra token fields) and finds the user by it", async () => {
    if (adapter.createUser === undefined || adapter.linkAccount === undefined || adapter.getUserByAccount === undefined || adapter.unlinkAccount === undefined) {
      throw new Error("adapter incomplete");
    }
    const user = await adapter.createUser({ name: null, email: "linked@example.org", emailVerified: null, image: null });
    await adapter.linkAccount({
      userId: user.id,
      type: "oauth",
      provider: "github",
      providerAccountId: "583231",
      access_token: "gho_token",
      token_type: "bearer",
      scope: "read:user,user:email",
      refresh_token_expires_in: 15897600,
    });
    const row = await db.account.findUniqueOrThrow({ where: { provider_providerAccountId: { provider: "github", providerAccountId: "583231" } } });
    expect(row).toMatchObject({ userId: user.id, type: "oauth", access_token: "gho_token", refresh_token: null, expires_at: null });
    expect(await adapter.getUserByAccount({ provider: "github", providerAccountId: "583231" })).toEqual(user);
    expect(await adapter.getUserByAccount({ provider: "github", providerAccountId: "1" })).toBeNull();

    await adapter.unlinkAccount({ provider: "github", providerAccountId: "583231" });
    expect(await adapter.getUserByAccount({ provider: "github", providerAccountId: "583231" })).toBeNull();
  });

  it("updates and deletes users", async () => {
    if (adapter.createUser === undefined || adapter.updateUser === undefined || adapter.deleteUser === undefined || adapter.getUser === undefined) {
      throw new Error("adapter incomplete");
    }
    const user = await adapter.createUser({ name: "Old", email: "change@example.org", emailVerified: null, image: null });
    const verified = new Date("2026-11-23T00:00:00Z");
    const updated = await adapter.updateUser({ id: user.id, name: "New", emailVerified: verified });
    expect(updated).toMatchObject({ id: user.id, name: "New", email: "change@example.org", emailVerified: verified });
    await adapter.deleteUser(user.id);
    expect(await adapter.getUser(user.id)).toBeNull();
  });

  it("refuses to create a user without an email", async () => {
    if (adapter.createUser === undefined) throw new Error("adapter incomplete");
    await expect(adapter.createUser({ name: "No Mail", email: "", emailVerified: null, image: null })).rejects.toThrow(/email/);
  });
});
