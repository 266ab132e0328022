import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokenList } from "@/components/tokens/token-list";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { requireRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { listGroupsForUser } from "@/lib/groups/list-groups-for-user";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { createTokenAction, revokeTokenAction } from "./actions";
import "@/components/account/account.css";
import "@/components/groups/groups.css";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  await requirePageUser("/settings/tokens");
  const actor = await requireRequestAccess();
  const [tokens, groups] = await Promise.all([listApiTokens({ db: db(), actor }), listGroupsForUser({ db: db(), actor })]);
  return (
    <main id="main" tabIndex={-1} className="groups-page">
      <h1>API tokens</h1>
      <p className="lede">
        A token lets another annotation tool read or write your annotations through the W3C Web Annotation Protocol at{" "}
        <code>/api/w3c/sources/&lt;source&gt;/</code> and <code>/api/w3c/groups/&lt;group&gt;/</code>. Send it as{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>. It can do no more than you can, and less when you scope it.
      </p>
      <TokenList tokens={tokens} revoke={revokeTokenAction} />
      <CreateTokenForm action={createTokenAction} groups={groups.map((g) => ({ id: g.id, name: g.name }))} />
    </main>
  );
}
