import type { Metadata } from "next";
import { getRequestAccess } from "@/lib/auth/request-access";
import { listClaims } from "@/lib/claims/list-claims";
import { readClaimsQuery } from "@/lib/claims/schemas";
import { db } from "@/lib/db/client";
import { ClaimsBoard } from "@/components/claims/claims-board";
import "@/components/claims/claims.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { query, problem } = readClaimsQuery(await searchParams);
  const board = await listClaims({ db: db(), actor: await getRequestAccess(), input: query });
  return (
    <main id="main" tabIndex={-1} className="cl">
      <h1>Claims</h1>
      <p className="cl-intro">
        Every apologist claim you can read, across sources, with what answered it. The status is derived from the links: a rebuttal counts
        only while it is not answered in turn, and a claim is refuted when a standing archival finding refutes it.
      </p>
      <ClaimsBoard board={board} query={query} problem={problem} />
    </main>
  );
}
