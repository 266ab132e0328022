import { describe, expect, it } from "vitest";
import { describeConnectionError, isConnectionError } from "@/lib/db/connection-error";

const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: "connect" });

describe("connection errors", () => {
  it.each([
    ["a refused socket", socketError("ECONNREFUSED")],
    ["a reset socket", socketError("ECONNRESET")],
    ["an admin shutdown (57P01)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" })],
    ["the server starting up (57P03)", Object.assign(new Error("the database system is starting up"), { code: "57P03" })],
    ["a connection failure (08006)", { code: "08006", message: "connection failure" }],
    ["pg's terminated connection", new Error("Connection terminated unexpectedly")],
    ["adapter-pg's mapped kind, under cause", Object.assign(new Error("db error"), { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 } })],
    ["Prisma's P1001", Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" })],
  ])("recognise %s", (_name, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("duplicate key"), { code: "23505" })],
    ["a Prisma not-found", Object.assign(new Error("No record"), { code: "P2025" })],
    ["a plain bug", new TypeError("x is undefined")],
    ["not an error at all", "ECONNREFUSED"],
    // Node's HTTP server reports a browser that went away mid-request this way.
    ["a client that closed its request", Object.assign(new Error("aborted"), { code: "ECONNRESET" })],
  ])("leave %s alone", (_name, error) => {
    expect(isConnectionError(error)).toBe(false);
  });

  it("describe one in a line", () => {
    expect(describeConnectionError(socketError("ECONNREFUSED"))).toBe("ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:5432");
    expect(describeConnectionError(undefined)).toBe("connection closed");
  });
});
