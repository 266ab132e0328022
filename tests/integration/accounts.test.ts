import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "@/lib/accounts/create-account";
import { signUpInput } from "@/lib/accounts/schemas";
import { verifyCredentials } from "@/lib/accounts/verify-credentials";
import { createAuthAdapter } from "@/lib/auth/adapter";
import type { Db } from "@/lib/db/client";
import { freshDatabase } from "./support/database";

let db: Db;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db.$disconnect();
});

async function signUp(email: string, password = "a good long password") {
  const input = signUpInput.parse({ email, password });
  await createAccount(db, input);
  return db.user.findUniqueOrThrow({ where: { email: input.email } });
}

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
