import Link from "next/link";
import { claimsBoardPath } from "@/lib/claims/addresses";
import type { ClaimsQueryValue } from "@/lib/claims/schemas";

/** Previous and next pages of the board as plain links, so they work without JavaScript and can be shared. */
export function ClaimsPager({ query, page, pageCount }: { query: ClaimsQueryValue; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="cl-pager" aria-label="Claims pages">
      {page > 1 ? (
        <Link href={claimsBoardPath(query, page - 1)} rel="prev">
          Previous page
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span className="cl-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={claimsBoardPath(query, page + 1)} rel="next">
          Next page
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
