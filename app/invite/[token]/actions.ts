"use server";

import { redirect } from "next/navigation";
import { requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { type AcceptedInvite, acceptInvite } from "@/lib/groups/accept-invite";
import { acceptInviteInput } from "@/lib/groups/schemas";
import { type ActionResult, type ActionState, formFields, parseInput, runAction } from "@/lib/http";

export async function acceptInviteAction(_previous: ActionState<AcceptedInvite>, form: FormData): Promise<ActionResult<AcceptedInvite>> {
  const result = await runAction(async () => {
    const actor = await requireRequestAccess();
    return acceptInvite({ db: db(), actor, input: parseInput(acceptInviteInput, formFields(form)) });
  });
  if (result.ok) redirect(`/groups/${result.data.groupId}`);
  return result;
}
