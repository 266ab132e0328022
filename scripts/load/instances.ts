// Two servers of the production build on one database, with the same NEXTAUTH_SECRET,
// bound to 127.0.0.1: the smallest "several instances" deployment. Each runs
// scripts/serve.ts (`next start` with the client address taken from the socket), as
// `npm start` does in production.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";

export interface AppInstance {
  baseUrl: string;
  port: number;
  pid: number | undefined;
}

export interface AppInstances {
  instances: AppInstance[];
  stop(): Promise<void>;
}

export async function startInstances(databaseUrl: string, ports: number[]): Promise<AppInstances> {
  const secret = randomBytes(32).toString("base64url");
  const children: ChildProcess[] = [];
  const instances = ports.map((port) => {
    const baseUrl = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts"), "-H", "127.0.0.1", "-p", String(port)], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: baseUrl, NODE_ENV: "production" },
    });
    // The app's own log lines (one per outage, say) belong in the load report.
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => process.stderr.write(chunk.replace(/^/gm, `[app :${port}] `)));
    children.push(child);
    return { baseUrl, port, pid: child.pid };
  });
  const stop = async () => {
    await Promise.all(children.map((child) => stopChild(child)));
  };
  try {
    await Promise.all(instances.map((i) => waitForServer(i.baseUrl)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { instances, stop };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

async function waitForServer(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(baseUrl);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The app did not answer at ${baseUrl} within 90 s`);
}
