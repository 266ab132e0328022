// The embedded Postgres: PGlite (Postgres 17 compiled to WASM) served on a local TCP
// socket, so that pg, Prisma's adapter and `next start` in another process connect to
// it exactly as to a real server. See docs/design-notes.md, "The embedded database", for what was verified.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { EMBEDDED_USER, startAuthFront } from "./embedded-auth";
import { PGLITE_EXTENSIONS } from "./pglite-extensions";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder for the data; omit for an in-memory database (tests). */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Clients must give it (lib/db/embedded-auth.ts); omit for a random one (tests). */
  password?: string;
}

// All socket clients share one PGlite backend; the server's default of one connection
// cuts off a pool's second client, so allow more than any pool we open.
const MAX_CONNECTIONS = 20;

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir !== undefined) await mkdir(options.dataDir, { recursive: true });
  const extensions = PGLITE_EXTENSIONS;
  const db = options.dataDir === undefined ? await PGlite.create({ extensions }) : await PGlite.create({ dataDir: options.dataDir, extensions });
  // PGlite itself listens only on a Unix socket in a folder of ours (mode 0700);
  // clients reach it through the password-checking front on 127.0.0.1.
  const socketDir = await mkdtemp(path.join(os.tmpdir(), "palimpsest-pglite-"));
  const innerPath = path.join(socketDir, "pglite.sock");
  const server = new PGLiteSocketServer({ db, path: innerPath, maxConnections: MAX_CONNECTIONS });
  await server.start();
  await chmod(innerPath, 0o600);
  const password = options.password ?? randomBytes(24).toString("base64url");
  const front = await startAuthFront({ password, innerPath, port: options.port ?? 0 });
  return {
    url: `postgresql://${EMBEDDED_USER}:${encodeURIComponent(password)}@127.0.0.1:${front.port}/postgres?sslmode=disable`,
    port: front.port,
    async stop() {
      await front.close();
      await server.stop();
      await db.close();
      await rm(socketDir, { recursive: true, force: true });
    },
  };
}

