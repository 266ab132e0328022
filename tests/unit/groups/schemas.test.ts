import { describe, expect, it } from "vitest";
import {
  acceptInviteInput,
  changeMemberRoleInput,
  createGroupInput,
  createInviteInput,
  removeMemberInput,
} from "@/lib/groups/schemas";
import { hashInviteToken, newInviteToken } from "@/lib/groups/invite-token";
import { inviteProblem } from "@/lib/groups/invite-status";

describe("group schemas", () => {
  it("trims a group name and refuses empty or long ones", () => {
    expect(createGroupInput.parse({ name: "  Moscow Trials seminar " })).toEqual({ name: "Moscow Trials seminar" });
    expect(createGroupInput.safeParse({ name: "   " }).success).toBe(false);
    expect(createGroupInput.safeParse({ name: "x".repeat(101) }).success).toBe(false);
    expect(createGroupInput.safeParse({}).success).toBe(false);
  });

  it("invites as editor, annotator or viewer, never owner, for 7 days unless told", () => {
    expect(createInviteInput.parse({ groupId: "g1", role: "viewer" })).toEqual({ groupId: "g1", role: "viewer", expiresInDays: 7 });
    expect(createInviteInput.parse({ groupId: "g1", role: "editor", expiresInDays: "" }).expiresInDays).toBe(7);
    expect(createInviteInput.parse({ groupId: "g1", role: "annotator", expiresInDays: "3" }).expiresInDays).toBe(3);
    expect(createInviteInput.safeParse({ groupId: "g1", role: "owner" }).success).toBe(false);
    expect(createInviteInput.safeParse({ groupId: "g1", role: "admin" }).success).toBe(false);
    expect(createInviteInput.safeParse({ groupId: "g1", role: "viewer", expiresInDays: "0" }).success).toBe(false);
    expect(createInviteInput.safeParse({ groupId: "g1", role: "viewer", expiresInDays: "31" }).success).toBe(false);
    expect(createInviteInput.safeParse({ groupId: "g1", role: "viewer", expiresInDays: "1.5" }).success).toBe(false);
    expect(createInviteInput.safeParse({ groupId: "", role: "viewer" }).success).toBe(false);
  });

  it("accepts only token-shaped strings", () => {
    const token = newInviteToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(acceptInviteInput.parse({ token: ` ${token} ` }).token).toBe(token);
    expect(acceptInviteInput.safeParse({ token: "short" }).success).toBe(false);
    expect(acceptInviteInput.safeParse({ token: "../../etc/passwd/aaaaaaaaaaaaaaaa" }).success).toBe(false);
  });

  it("changes roles to any of the four, removes by ids", () => {
    expect(changeMemberRoleInput.parse({ groupId: "g", userId: "u", role: "owner" }).role).toBe("owner");
    expect(changeMemberRoleInput.safeParse({ groupId: "g", userId: "u", role: "superuser" }).success).toBe(false);
    expect(removeMemberInput.safeParse({ groupId: "g" }).success).toBe(false);
  });
});

describe("invite tokens", () => {
  it("stores a sha256 hex digest, different per token", () => {
    const a = newInviteToken();
    expect(hashInviteToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInviteToken(a)).toBe(hashInviteToken(a));
    expect(hashInviteToken(a)).not.toBe(hashInviteToken(newInviteToken()));
  });

  it("says why an invite cannot be used", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const later = new Date("2026-11-30T12:00:00Z");
    expect(inviteProblem(null, now)).toBe("unknown");
    expect(inviteProblem({ usedAt: now, expiresAt: later }, now)).toBe("used");
    expect(inviteProblem({ usedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(inviteProblem({ usedAt: null, expiresAt: later }, now)).toBeNull();
  });
});
