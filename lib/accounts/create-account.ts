import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/http";
import { hashPassword } from "./password";
import type { SignUpInput } from "./schemas";

export interface CreatedAccount {
  id: string;
  email: string;
  name: string | null;
}

/** Creates an email-and-password account; the email (already lower-cased) must be new. */
export async function createAccount(db: Db, input: SignUpInput): Promise<CreatedAccount> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
    return { id: user.id, email: input.email, name: user.name };
  } catch (error) {
    // The unique index decides, not a prior lookup: two sign-ups can race.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("email_taken", "An account with this email already exists. Sign in instead.", {
        email: ["An account with this email already exists."],
      });
    }
    throw error;
  }
}
