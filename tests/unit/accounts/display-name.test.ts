import { describe, expect, it } from "vitest";
import { displayName } from "@/lib/accounts/display-name";

describe("displayName", () => {
  it("prefers the name, then the email's local part", () => {
    expect(displayName({ name: "Leon Sedov", email: "leon@example.org" })).toBe("Leon Sedov");
    expect(displayName({ name: "  ", email: "leon@example.org" })).toBe("leon");
    expect(displayName({ name: null, email: "leon@example.org" })).toBe("leon");
    expect(displayName({ name: null, email: null })).toBe("Reader");
  });
});
