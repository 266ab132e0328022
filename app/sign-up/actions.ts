"use server";

import { headers } from "next/headers";
import { signUp } from "@/lib/accounts/sign-up";
import { clientAddress } from "@/lib/auth/client-address";
import { db } from "@/lib/db/client";
import { type ActionResult, formFields, runAction } from "@/lib/http";

export async function signUpAction(form: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => signUp({ db: db(), address: clientAddress(await headers()), input: formFields(form) }));
}
