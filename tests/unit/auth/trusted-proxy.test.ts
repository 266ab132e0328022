import { describe, expect, it } from "vitest";
import { proxyTrust, requestClientAddress } from "@/lib/auth/trusted-proxy";

const request = (peer: string, forwardedFor?: string) => ({
  headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  socket: { remoteAddress: peer },
});
const resolve = (setting: string | undefined, peer: string, forwardedFor?: string) => requestClientAddress(request(peer, forwardedFor), proxyTrust(setting));

describe("client address from the socket and TRUSTED_PROXY", () => {
  it("without a trusted proxy is the socket's peer, whatever the client wrote", () => {
    expect(resolve(undefined, "203.0.113.5", "1.2.3.4")).toBe("203.0.113.5");
    expect(resolve("", "203.0.113.5", "1.2.3.4, 198.51.100.7")).toBe("203.0.113.5");
    expect(resolve("0", "203.0.113.5", "198.51.100.7")).toBe("203.0.113.5");
    expect(resolve(undefined, "203.0.113.5")).toBe("203.0.113.5");
  });

  it("behind N hops takes the entry the outermost trusted proxy wrote, not the client's own", () => {
    // The client sent "1.2.3.4"; the load balancer (10.0.0.2) appended the address it saw.
    expect(resolve("1", "10.0.0.2", "1.2.3.4, 198.51.100.7")).toBe("198.51.100.7");
    expect(resolve("2", "10.0.0.3", "1.2.3.4, 198.51.100.7, 10.0.0.2")).toBe("198.51.100.7");
    // Fewer entries than hops: the furthest one there is.
    expect(resolve("3", "10.0.0.2", "198.51.100.7")).toBe("198.51.100.7");
  });

  it("with proxy addresses or ranges skips only those from the right", () => {
    expect(resolve("10.0.0.0/8", "10.0.0.2", "1.2.3.4, 198.51.100.7")).toBe("198.51.100.7");
    expect(resolve("10.0.0.2, 10.0.0.3", "10.0.0.3", "1.2.3.4, 198.51.100.7, 10.0.0.2")).toBe("198.51.100.7");
    expect(resolve("loopback", "127.0.0.1", "198.51.100.7")).toBe("198.51.100.7");
    // A request that did not come through the proxy is the peer, header or not.
    expect(resolve("10.0.0.2", "203.0.113.9", "198.51.100.7")).toBe("203.0.113.9");
  });

  it("refuses a setting it cannot read, rather than trusting anyone", () => {
    expect(() => proxyTrust("my-proxy.example")).toThrow(/TRUSTED_PROXY/);
  });
});
