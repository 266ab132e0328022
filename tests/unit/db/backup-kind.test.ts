import { describe, expect, it } from "vitest";
import { backupKindOf, defaultBackupName } from "@/lib/db/backup-kind";
import { libpqConnection } from "@/lib/db/pg-tools";
import { notEmptyMessage } from "@/lib/db/table-rows";

describe("backupKindOf", () => {
  it("tells a pg_dump archive, a PGlite dump and anything else apart", () => {
    expect(backupKindOf(Buffer.from("PGDMP\x01\x0e\x00"))).toBe("server");
    expect(backupKindOf(Uint8Array.from([0x1f, 0x8b, 8, 0]))).toBe("embedded");
    expect(backupKindOf(Buffer.from("-- SQL dump"))).toBeNull();
    expect(backupKindOf(new Uint8Array(0))).toBeNull();
  });
});

describe("defaultBackupName", () => {
  it("sorts by time and has no colon", () => {
    const at = new Date("2026-12-02T00:06:07.123Z");
    expect(defaultBackupName("server", at)).toBe("palimpsest-2026-12-02T00-06-07Z.dump");
    expect(defaultBackupName("embedded", at)).toBe("palimpsest-2026-12-02T00-06-07Z.tar.gz");
  });
});

describe("libpqConnection", () => {
  it("moves the password out of the URL and drops Prisma's own parameters", () => {
    const { dbname, env } = libpqConnection("postgresql://app:p%40ss@db.example:5433/prod?schema=public&sslmode=require&connection_limit=5");
    expect(dbname).toBe("postgresql://app@db.example:5433/prod?sslmode=require");
    expect(env).toEqual({ PGPASSWORD: "p@ss" });
  });

  it("sets no PGPASSWORD when the URL has none", () => {
    expect(libpqConnection("postgresql://postgres@127.0.0.1:5432/x").env).toEqual({});
  });
});

describe("notEmptyMessage", () => {
  it("names at most five tables and counts the rest", () => {
    const message = notEmptyMessage("The database", ["a", "b", "c", "d", "e", "f", "g"], "Use another.");
    expect(message).toBe("The database is not empty (7 tables: a, b, c, d, e and 2 more); a restore loads into an empty database only. Use another.");
  });
});
