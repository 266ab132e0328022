import Link from "next/link";
import type { ClaimBoard as Board } from "@/lib/claims/board";
import type { ClaimsQueryValue } from "@/lib/claims/schemas";
import { boardAxis } from "@/lib/claims/timeline";
import { ClaimCard } from "./claim-card";
import { ClaimsFilters } from "./claims-filters";
import { ClaimsPager } from "./claims-pager";

function countLine(board: Board): string {
  const claims = (n: number) => `${n} ${n === 1 ? "claim" : "claims"}`;
  const all = board.matched === board.total ? `${claims(board.total)}.` : `${claims(board.matched)} of ${board.total} match the filters.`;
  if (board.pageCount === 1) return all;
  return `${all} Showing ${board.offset + 1}–${board.offset + board.rows.length}.`;
}

export function ClaimsBoard({ board, query, problem }: { board: Board; query: ClaimsQueryValue; problem: string | null }) {
  if (board.total === 0) {
    return (
      <div className="cl-empty">
        <p>No apologist claims you can read yet.</p>
        <p>
          In the reader, select a passage and press 2 (or choose <strong>Apologist claim</strong>) to mark it; link rebuttals and archival
          findings to it, and it appears here with its status. <Link href="/">Open the library</Link>
        </p>
      </div>
    );
  }
  const axis = boardAxis(board.rows.map((r) => r.timeline));
  return (
    <>
      {problem === null ? null : (
        <p className="cl-problem" role="alert">
          Those filters could not be read ({problem}); showing every claim.
        </p>
      )}
      <ClaimsFilters facets={board.facets} query={query} />
      <p className="cl-count" role="status">
        {countLine(board)}
      </p>
      {board.rows.length === 0 ? (
        <p className="cl-empty">
          No claim matches these filters. <Link href="/claims">Show every claim</Link>
        </p>
      ) : (
        <ul className="cl-cards" aria-label="Claims">
          {board.rows.map((row) => (
            <ClaimCard key={row.claim.id} row={row} axis={axis} />
          ))}
        </ul>
      )}
      <ClaimsPager query={query} page={board.page} pageCount={board.pageCount} />
    </>
  );
}
