import { describe, expect, it } from "vitest";
import { signInErrorMessage, throttledErrorCode } from "@/lib/auth/sign-in-errors";

describe("sign-in error messages", () => {
  it("says how long a lock lasts, in whole minutes", () => {
    expect(throttledErrorCode(11.2 * 60_000)).toBe("Throttled:12");
    expect(signInErrorMessage(throttledErrorCode(11.2 * 60_000))).toBe("Too many failed attempts; try again in 12 minutes.");
    expect(signInErrorMessage(throttledErrorCode(20_000))).toBe("Too many failed attempts; try again in 1 minute.");
  });

  it("explains the wrong-password case without saying which part was wrong", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe("That email and password do not match an account.");
  });

  it("never echoes a crafted code back to the page", () => {
    expect(signInErrorMessage("Your account is suspended, call +1 555")).toBe("Sign-in failed. Please try again.");
    expect(signInErrorMessage("toString")).toBe("Sign-in failed. Please try again.");
    expect(signInErrorMessage("Throttled:99999")).toBe("Sign-in failed. Please try again.");
    expect(signInErrorMessage(null)).toBeNull();
    expect(signInErrorMessage("")).toBeNull();
  });
});
