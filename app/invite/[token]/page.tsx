import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInviteForm } from "@/components/groups/accept-invite-form";
import { ROLE_NAME, ROLE_SUMMARY } from "@/components/groups/roles";
import type { Access } from "@/lib/access";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { describeInvite, type InviteDescription } from "@/lib/groups/describe-invite";
import { acceptInviteInput } from "@/lib/groups/schemas";
import { AppError, describeError, parseInput } from "@/lib/http";
import { acceptInviteAction } from "./actions";
import "@/components/account/account.css";
import "@/components/groups/groups.css";

export const metadata: Metadata = { title: "Group invitation", referrer: "no-referrer" };

async function lookUp(actor: Access, token: string): Promise<InviteDescription | { problem: string }> {
  try {
    return await describeInvite({ db: db(), actor, input: parseInput(acceptInviteInput, { token }) });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { problem: describeError(error).body.message };
  }
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const here = `/invite/${encodeURIComponent(token)}`;
  const actor = await getRequestAccess();
  if (actor === null) {
    return (
      <main id="main" tabIndex={-1} className="groups-page">
        <h1>You have been invited to a group</h1>
        <p>Sign in, or create an account, to see the invitation and join.</p>
        <p>
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>Sign in</Link> ·{" "}
          <Link href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}>Create an account</Link>
        </p>
      </main>
    );
  }

  const invite = await lookUp(actor, token);
  if ("problem" in invite) {
    return (
      <main id="main" tabIndex={-1} className="groups-page">
        <h1>This invitation cannot be used</h1>
        <p role="alert">{invite.problem}</p>
        <p>
          <Link href="/groups">Your groups</Link>
        </p>
      </main>
    );
  }

  return (
    <main id="main" tabIndex={-1} className="groups-page">
      <h1>Join “{invite.groupName}”</h1>
      {invite.currentRole === null ? (
        <>
          <p>
            Role offered: {ROLE_NAME[invite.role]} ({ROLE_SUMMARY[invite.role]}).
          </p>
          <AcceptInviteForm token={token} groupName={invite.groupName} action={acceptInviteAction} />
        </>
      ) : (
        <p>
          You are already a member ({ROLE_NAME[invite.currentRole].toLowerCase()}).{" "}
          <Link href={`/groups/${invite.groupId}`}>Open the group</Link>
        </p>
      )}
    </main>
  );
}
