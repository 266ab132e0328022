import { describe, expect, it } from "vitest";
import { acquireStream, STREAMS_PER_ADDRESS, STREAMS_PER_USER } from "@/lib/live/stream-limits";

describe("event stream caps", () => {
  it("refuse a user's stream beyond the cap until one closes", () => {
    const owner = { userId: "cap-user", address: "10.0.0.1" };
    const held = Array.from({ length: STREAMS_PER_USER }, () => acquireStream(owner));
    expect(held.every((release) => release !== null)).toBe(true);
    expect(acquireStream(owner)).toBeNull();
    // Another user at the same address is not this user's cap.
    const neighbour = acquireStream({ userId: "cap-neighbour", address: "10.0.0.1" });
    expect(neighbour).not.toBeNull();
    neighbour?.();
    held[0]?.();
    held[0]?.(); // releasing twice frees one place, not two
    const again = acquireStream(owner);
    expect(again).not.toBeNull();
    expect(acquireStream(owner)).toBeNull();
    [again, ...held].forEach((release) => release?.());
  });

  it("refuse signed-out streams beyond the cap per address", () => {
    const owner = { userId: null, address: "10.0.0.2" };
    const held = Array.from({ length: STREAMS_PER_ADDRESS }, () => acquireStream(owner));
    expect(held.every((release) => release !== null)).toBe(true);
    expect(acquireStream(owner)).toBeNull();
    expect(acquireStream({ userId: "someone", address: "10.0.0.2" })).toBeNull();
    expect(acquireStream({ userId: null, address: "10.0.0.3" })).not.toBeNull();
    held.forEach((release) => release?.());
  });
});
