"use server";

import { redirect } from "next/navigation";
import { requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { type CreatedGroup, createGroup } from "@/lib/groups/create-group";
import { createGroupInput } from "@/lib/groups/schemas";
import { type ActionResult, type ActionState, formFields, parseInput, runAction } from "@/lib/http";

export async function createGroupAction(_previous: ActionState<CreatedGroup>, form: FormData): Promise<ActionResult<CreatedGroup>> {
  const result = await runAction(async () => {
    const actor = await requireRequestAccess();
    return createGroup({ db: db(), actor, input: parseInput(createGroupInput, formFields(form)) });
  });
  if (result.ok) redirect(`/groups/${result.data.id}`);
  return result;
}
