import type { Access } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { parseInput } from "@/lib/annotations/parse-input";
import { type ClaimBoard, claimBoard } from "./board";
import { loadClaimGraph } from "./load-claim-graph";
import { ClaimsQuery } from "./schemas";

export interface ListClaimsOptions {
  db: Db;
  /** The caller's access (lib/access); null when signed out. */
  actor: Access | null;
  /** Untrusted filters and sort, parsed with ClaimsQuery. */
  input: unknown;
}

/** The claims board: every apologist claim the caller may read, across sources, with its derived status and chain. */
export async function listClaims({ db, actor, input }: ListClaimsOptions): Promise<ClaimBoard> {
  const query = parseInput(ClaimsQuery, input);
  return claimBoard(await loadClaimGraph(db, actor), query);
}
