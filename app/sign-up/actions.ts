"use server";

import { createAccount } from "@/lib/accounts/create-account";
import { signUpInput } from "@/lib/accounts/schemas";
import { db } from "@/lib/db/client";
import { type ActionResult, formFields, parseInput, runAction } from "@/lib/http";

export async function signUpAction(form: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const account = await createAccount(db(), parseInput(signUpInput, formFields(form)));
    return { email: account.email };
  });
}
