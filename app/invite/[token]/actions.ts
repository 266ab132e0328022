"use server";

import { redirect } from "next/navigation";
import { requireSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { type AcceptedInvite, acceptInvite } from "@/lib/groups/accept-invite";
import { acceptInviteInput } from "@/lib/groups/schemas";
import { type ActionResult, type ActionState, formFields, parseInput, runAction } from "@/lib/http";

export async function acceptInviteAction(_previous: ActionState<AcceptedInvite>, form: FormData): Promise<ActionResult<AcceptedInvite>> {
  const result = await runAction(async () => {
    const user = await requireSessionUser();
    return acceptInvite(db(), user.id, parseInput(acceptInviteInput, formFields(form)));
  });
  if (result.ok) redirect(`/groups/${result.data.groupId}`);
  return result;
}
