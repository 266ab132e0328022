import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * next-auth signs sessions with NEXTAUTH_SECRET. A new user should not have to make
 * one, so the first run writes a random secret into the (gitignored) data folder.
 */
export async function ensureAuthSecret(dataDir: string): Promise<{ secret: string; note: string | null }> {
  const given = process.env.NEXTAUTH_SECRET;
  if (given !== undefined && given !== "") return { secret: given, note: null };
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return { secret: (await readFile(file, "utf8")).trim(), note: null };
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return { secret, note: `No NEXTAUTH_SECRET set: generated one in ${path.relative(process.cwd(), file)} (set NEXTAUTH_SECRET in production).` };
}
