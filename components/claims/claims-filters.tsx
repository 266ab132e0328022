import Link from "next/link";
import type { ClaimFacets } from "@/lib/claims/board";
import { CLAIM_SORT_LABELS, CLAIM_SORTS, type ClaimsQueryValue } from "@/lib/claims/schemas";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from "@/lib/claims/status";

/** A plain GET form: it works without JavaScript, and the address keeps the filters for sharing. */
export function ClaimsFilters({ facets, query }: { facets: ClaimFacets; query: ClaimsQueryValue }) {
  const filtered = query.source !== undefined || query.status !== undefined || query.author !== undefined || query.tag !== undefined;
  return (
    <form className="cl-filters" method="get" action="/claims" aria-label="Filter and sort claims">
      <div className="cl-filter">
        <label htmlFor="cl-f-source">Source</label>
        <select id="cl-f-source" name="source" defaultValue={query.source ?? ""}>
          <option value="">All sources</option>
          {facets.sources.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.title} ({s.count})
            </option>
          ))}
        </select>
      </div>
      <div className="cl-filter">
        <label htmlFor="cl-f-status">Status</label>
        <select id="cl-f-status" name="status" defaultValue={query.status ?? ""}>
          <option value="">Any status</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {CLAIM_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="cl-filter">
        <label htmlFor="cl-f-author">Annotated by</label>
        <select id="cl-f-author" name="author" defaultValue={query.author ?? ""}>
          <option value="">Anyone</option>
          {facets.authors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="cl-filter">
        <label htmlFor="cl-f-tag">Tag</label>
        <select id="cl-f-tag" name="tag" defaultValue={query.tag ?? ""}>
          <option value="">Any tag</option>
          {facets.tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div className="cl-filter">
        <label htmlFor="cl-f-sort">Sort by</label>
        <select id="cl-f-sort" name="sort" defaultValue={query.sort}>
          {CLAIM_SORTS.map((s) => (
            <option key={s} value={s}>
              {CLAIM_SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="cl-filter-actions">
        <button type="submit">Apply</button>
        {filtered ? <Link href={query.sort === "newest" ? "/claims" : `/claims?sort=${query.sort}`}>Clear filters</Link> : null}
      </div>
    </form>
  );
}
