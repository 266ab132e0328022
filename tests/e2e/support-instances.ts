import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "../../lib/net/free-port";
import { run } from "../../scripts/lib/run";
import { startThrowawayPostgres, type ThrowawayPostgres } from "../../scripts/lib/throwaway-postgres";

// App instances of our own for the multi-instance spec: `next start` of the same
// build on another port, with the suite's secret so a session works on either.

const root = process.cwd();
const SECRET = process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production";

export interface Instance {
  baseURL: string;
  /** What the server printed (stdout and stderr). */
  log(): string;
  stop(): Promise<void>;
}

/** A clean environment for a child on a Postgres server (not the embedded database). */
function serverEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { PALIMPSEST_EMBEDDED_DB: _embedded, ...rest } = process.env;
  return { ...rest, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: SECRET, ...extra };
}

export async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // As npm start serves: the client address comes from the socket (scripts/serve.ts).
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts"), "-p", String(port), "-H", "127.0.0.1"], {
    env: serverEnv(databaseUrl, { NEXTAUTH_URL: baseURL }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const until = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${baseURL}/api/health`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > until || child.exitCode !== null) {
      child.kill("SIGKILL");
      throw new Error(`the instance on ${baseURL} did not start`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseURL,
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * Two fresh instances on a throwaway Postgres server holding one source, which the
 * test may restart (the suite's own database may be embedded, which serves one
 * process only, or a server the test must not restart).
 */
export async function twoInstances(): Promise<{ a: Instance; b: Instance; database: ThrowawayPostgres; stop(): Promise<void> }> {
  const server: ThrowawayPostgres = await startThrowawayPostgres();
  try {
    // The importer migrates the database first.
    const tsxCli = path.join(root, "node_modules/tsx/dist/cli.mjs");
    await run(process.execPath, [tsxCli, "scripts/import.ts", path.join(root, "prisma/corpus/002_fba6f277ba2da556.txt")], { env: serverEnv(server.url), stdio: "ignore" });
    const [a, b] = await Promise.all([startInstance(server.url), startInstance(server.url)]);
    return {
      a,
      b,
      database: server,
      stop: async () => {
        await Promise.all([a.stop(), b.stop()]);
        await server.destroy();
      },
    };
  } catch (error) {
    await server.destroy();
    throw error;
  }
}
