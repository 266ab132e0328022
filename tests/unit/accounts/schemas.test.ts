import { describe, expect, it } from "vitest";
import { signInInput, signUpInput } from "@/lib/accounts/schemas";
import { AppError, parseInput } from "@/lib/http";

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("sign-up input", () => {
  it("trims and lower-cases the email and drops an empty name", () => {
    expect(signUpInput.parse({ name: "  ", email: "  Ada@Example.ORG ", password: "long enough" })).toEqual({
      name: null,
      email: "ada@example.org",
      password: "long enough",
    });
    expect(signUpInput.parse({ email: "a@b.co", password: "12345678" }).name).toBeNull();
    expect(signUpInput.parse({ name: " Ida B. Wells ", email: "a@b.co", password: "12345678" }).name).toBe("Ida B. Wells");
  });

  it("refuses bad emails, short and over-long passwords, with field messages", () => {
    const error = errorOf(() => parseInput(signUpInput, { email: "not-an-email", password: "short" }));
    expect(error.code).toBe("invalid_input");
    expect(error.status).toBe(400);
    expect(error.fieldErrors?.email?.[0]).toMatch(/valid email/);
    expect(error.fieldErrors?.password?.[0]).toMatch(/at least 8/);

    // bcrypt would ignore everything after 72 bytes: 40 two-byte letters are 80.
    const long = errorOf(() => parseInput(signUpInput, { email: "a@b.co", password: "ж".repeat(40) }));
    expect(long.fieldErrors?.password?.[0]).toMatch(/72 bytes/);
    expect(signUpInput.safeParse({ email: "a@b.co", password: "x".repeat(72) }).success).toBe(true);
  });

  it("refuses missing fields and wrong types as a form would send them", () => {
    const error = errorOf(() => parseInput(signUpInput, {}));
    expect(error.fieldErrors?.email).toEqual(["Enter your email address."]);
    expect(error.fieldErrors?.password).toEqual(["Choose a password."]);
    expect(signUpInput.safeParse({ email: ["a@b.co"], password: 12345678 }).success).toBe(false);
    expect(signUpInput.safeParse({ email: "a@b.co", password: "12345678", name: "x".repeat(81) }).success).toBe(false);
  });
});

describe("sign-in input", () => {
  it("normalizes the email like sign-up, so both find the same account", () => {
    expect(signInInput.parse({ email: " ADA@example.org", password: "x" })).toEqual({ email: "ada@example.org", password: "x" });
  });

  it("needs a password but does not judge its strength", () => {
    expect(signInInput.safeParse({ email: "a@b.co", password: "" }).success).toBe(false);
    expect(signInInput.safeParse({ email: "a@b.co", password: "1" }).success).toBe(true);
    expect(signInInput.safeParse({ email: "a@b.co" }).success).toBe(false);
  });
});
