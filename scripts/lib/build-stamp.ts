// `npm start` builds only when the sources changed since the last build: a hash of
// every file that goes into the build, kept beside the build output.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { run } from "./run";

const INPUTS = ["app", "components", "lib", "public", "prisma/schema.prisma", "instrumentation.ts", "proxy.ts", "next.config.js", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["generated", "node_modules"]);
const STAMP = ".next/palimpsest-build-stamp";

async function listFiles(entry: string): Promise<string[]> {
  if (!existsSync(entry)) return [];
  const stat = await readdir(entry, { withFileTypes: true }).catch(() => null);
  if (stat === null) return [entry];
  const nested = await Promise.all(
    stat.filter((d) => !SKIP.has(d.name)).map((d) => listFiles(path.join(entry, d.name))),
  );
  return nested.flat();
}

export async function sourceHash(root: string): Promise<string> {
  const hash = createHash("sha256");
  const files = (await Promise.all(INPUTS.map((i) => listFiles(path.join(root, i))))).flat().sort();
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

export async function buildIsCurrent(root: string, hash: string): Promise<boolean> {
  const stamp = path.join(root, STAMP);
  if (!existsSync(path.join(root, ".next/BUILD_ID")) || !existsSync(stamp)) return false;
  return (await readFile(stamp, "utf8")).trim() === hash;
}

export async function writeBuildStamp(root: string, hash: string): Promise<void> {
  await writeFile(path.join(root, STAMP), hash);
}

export interface EnsureBuildOptions {
  /** Printed before a build; nothing is printed when the build is current. */
  message?: string;
  /** Hide next build's own output (the bench and the load run print only their figures). */
  quiet?: boolean;
}

/** Generates the Prisma client and runs `next build` when the sources changed; true when it built. */
export async function ensureBuild(root: string, { message, quiet = false }: EnsureBuildOptions = {}): Promise<boolean> {
  const hash = await sourceHash(root);
  if (await buildIsCurrent(root, hash)) return false;
  if (message !== undefined) console.log(message);
  await run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/prisma.ts", "generate"]);
  await run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], quiet ? { stdio: "ignore" } : {});
  await writeBuildStamp(root, hash);
  return true;
}
