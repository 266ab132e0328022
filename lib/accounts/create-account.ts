import type { Db } from "@/lib/db/client";
import { hashPassword } from "./password";
import type { SignUpInput } from "./schemas";

/**
 * Creates an email-and-password account unless the email (already lower-cased)
 * has one; then nothing is written and the caller cannot tell the difference.
 * The password is hashed either way, so both take the same time.
 */
export async function createAccount(db: Db, input: SignUpInput): Promise<{ created: boolean }> {
  const passwordHash = await hashPassword(input.password);
  // The unique index decides, not a prior lookup: two sign-ups can race.
  const { count } = await db.user.createMany({
    data: [{ email: input.email, name: input.name, passwordHash }],
    skipDuplicates: true,
  });
  return { created: count === 1 };
}
