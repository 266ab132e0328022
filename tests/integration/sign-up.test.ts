import { getRounds } from "bcryptjs";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SIGN_UP_RULE, signUp } from "@/lib/accounts/sign-up";
import type { Db } from "@/lib/db/client";
import { RateLimitedError } from "@/lib/http";
import { freshDatabase } from "./support/database";

// Counts bcrypt hashes (the real ones still run), to show which requests cost one.
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/accounts/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/accounts/password")>();
  return {
    ...actual,
    hashPassword: (password: string) => {
      hashes.count += 1;
      return actual.hashPassword(password);
    },
  };
});

let db: Db;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db.$disconnect();
});
beforeEach(() => {
  hashes.count = 0;
});

const form = (email: string, password = "a good long password", name = "") => ({ email, password, name });

describe("sign-up", () => {
  it("creates a user with a bcrypt hash, never the password", async () => {
    const answer = await signUp({ db, address: "192.0.2.1", input: form(" Ada@Example.org ", "a good long password", "Ada") });
    expect(answer).toEqual({ email: "ada@example.org" });
    const row = await db.user.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    expect(row.name).toBe("Ada");
    expect(getRounds(row.passwordHash ?? "")).toBe(12);
    expect(row.passwordHash).not.toContain("a good long password");
  });

  it("answers a taken email exactly like a new one, and changes nothing about its account", async () => {
    await signUp({ db, address: "192.0.2.2", input: form("taken@example.org", "the owner's password", "Owner") });
    const before = await db.user.findUniqueOrThrow({ where: { email: "taken@example.org" } });
    const fresh = await signUp({ db, address: "192.0.2.2", input: form("FRESH@example.org", "someone's password") });
    const taken = await signUp({ db, address: "192.0.2.2", input: form("TAKEN@example.org", "an attacker's password", "Mallory") });
    expect(fresh).toEqual({ email: "fresh@example.org" });
    expect(taken).toEqual({ email: "taken@example.org" });
    expect(await db.user.findUniqueOrThrow({ where: { email: "taken@example.org" } })).toEqual(before);
    expect(await db.user.count({ where: { email: "taken@example.org" } })).toBe(1);
    // Both cost one hash, so the time taken does not tell them apart either.
    expect(hashes.count).toBe(3);
  });

  it("refuses sign-ups past the limit from one address with 429 and the wait, before any hash", async () => {
    const address = "198.51.100.23";
    for (let i = 0; i < SIGN_UP_RULE.points; i++) {
      // Malformed ones count too: the limit runs before anything else.
      await signUp({ db, address, input: form(`not an email ${i}`) }).catch(() => undefined);
    }
    expect(hashes.count).toBe(0);
    const refused = await signUp({ db, address, input: form("late@example.org") }).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused).toMatchObject({ status: 429, code: "rate_limited", message: expect.stringMatching(/^Too many sign-ups from your network; try again in 60 minutes\.$/) });
    expect(hashes.count).toBe(0);
    expect(await db.user.count({ where: { email: "late@example.org" } })).toBe(0);
    // Another address may still sign up.
    await expect(signUp({ db, address: "198.51.100.24", input: form("other@example.org") })).resolves.toEqual({ email: "other@example.org" });
  });

  it("validates the form before hashing", async () => {
    await expect(signUp({ db, address: "192.0.2.3", input: form("short@example.org", "short") })).rejects.toMatchObject({ code: "invalid_input", status: 400 });
    expect(hashes.count).toBe(0);
  });
});
