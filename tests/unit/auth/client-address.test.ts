import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

describe("clientAddress", () => {
  it("reads the address scripts/serve.ts wrote into X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    // Should a chain arrive (a server that is not ours), the last entry is the nearest hop's.
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" })).toBe("203.0.113.7");
  });

  it("folds IPv4-mapped IPv6 into IPv4 and lower-cases IPv6", () => {
    expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientAddress({ "x-forwarded-for": "2001:DB8::1" })).toBe("2001:db8::1");
  });

  it("never believes X-Real-IP, and without an address counts one shared 'unknown' bucket", () => {
    expect(clientAddress({ "x-real-ip": "198.51.100.4" })).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": " , " })).toBe("unknown");
    expect(clientAddress({})).toBe("unknown");
  });
});
