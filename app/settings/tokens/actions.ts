"use server";

import { refresh } from "next/cache";
import { requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { type ActionResult, type ActionState, formFields, runAction } from "@/lib/http";
import { type CreatedApiToken, createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

export async function createTokenAction(_previous: ActionState<CreatedApiToken>, form: FormData): Promise<ActionResult<CreatedApiToken>> {
  const result = await runAction(async () => createApiToken({ db: db(), actor: await requireRequestAccess(), input: formFields(form) }));
  if (result.ok) refresh();
  return result;
}

export async function revokeTokenAction(_previous: ActionState<{ id: string }>, form: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async () => revokeApiToken({ db: db(), actor: await requireRequestAccess(), input: formFields(form) }));
  if (result.ok) refresh();
  return result;
}
