import type { Db } from "@/lib/db/client";

let counter = 0;

/** A user row without a password, for tests that do not sign in. */
export async function makeUser(db: Db, name: string | null = null): Promise<{ id: string; email: string }> {
  counter += 1;
  const email = `user${counter}-${Date.now()}@example.org`;
  const user = await db.user.create({ data: { email, name }, select: { id: true } });
  return { id: user.id, email };
}
