// The embedded database asks for its data folder's password; before, its socket
// took postgres:postgres (or anything) from any local process.
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedPassword } from "@/lib/db/database-url";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@/lib/db/embedded";

let folder: string;
let embedded: EmbeddedPostgres;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "palimpsest-auth-"));
  embedded = await startEmbeddedPostgres({ password: await embeddedPassword(path.join(folder, "embedded-password")) });
});
afterAll(async () => {
  await embedded.stop();
  await rm(folder, { recursive: true, force: true });
});

async function connectAs(user: string, password: string | undefined): Promise<string> {
  const client = new pg.Client({ host: "127.0.0.1", port: embedded.port, user, password, database: "postgres", connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ answer: number }>("SELECT 41 + 1 AS answer");
    return `answered ${rows[0]?.answer}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe("the embedded database's password", () => {
  it("is random, made once per data folder, and readable by its owner only", async () => {
    const file = path.join(folder, "embedded-password");
    const first = await embeddedPassword(file);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await embeddedPassword(file)).toBe(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it("lets in whoever gives it, and no one else", async () => {
    const password = new URL(embedded.url).password;
    expect(await connectAs("postgres", decodeURIComponent(password))).toBe("answered 42");
    expect(await connectAs("postgres", "postgres")).toMatch(/password authentication failed/);
    expect(await connectAs("postgres", "")).toMatch(/password|authentication/i);
    expect(await connectAs("intruder", decodeURIComponent(password))).toMatch(/password authentication failed/);
    // The app's URL still works, and keeps working after refused attempts.
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await client.end();
  });
});
