import Link from "next/link";
import { claimComparePath, claimReaderPath } from "@/lib/claims/addresses";
import type { TimeAxis } from "@/lib/claims/timeline";
import type { ClaimRow } from "@/lib/claims/types";
import { formatDay, formatPublished } from "@/lib/reader/format";
import { ExportButton } from "@/components/export/export-button";
import { ClaimChain } from "./claim-chain";
import { EvidenceTimeline } from "./evidence-timeline";
import { StatusBadge } from "./status-badge";

function answersLabel(count: number): string {
  return count === 0 ? "No answers yet" : `Chain: ${count} direct ${count === 1 ? "answer" : "answers"}`;
}

export function ClaimCard({ row, axis }: { row: ClaimRow; axis: TimeAxis | null }) {
  const { claim } = row;
  const compare = claimComparePath(row);
  const headingId = `cl-${claim.id}`;
  return (
    <li className="cl-card" data-status={row.status} aria-labelledby={headingId}>
      <div className="cl-card-head">
        <StatusBadge status={row.status} />
        <span className="cl-muted">Marked {formatDay(claim.createdAt, "UTC")}</span>
      </div>
      <blockquote className="cl-claim" id={headingId}>
        “{claim.exact}”
      </blockquote>
      <p className="cl-meta">
        <Link href={`/sources/${encodeURIComponent(claim.source.slug)}`}>{claim.source.title}</Link>
        {claim.source.published === null ? <span className="unk"> · date unknown</span> : ` · ${formatPublished(claim.source.published)}`}
        {" · annotated by "}
        {claim.author.name}
      </p>
      {claim.note === "" ? null : <p className="cl-note">{claim.note}</p>}
      {claim.tags.length === 0 ? null : (
        <ul className="cl-tags" aria-label="Tags">
          {claim.tags.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <EvidenceTimeline timeline={row.timeline} axis={axis} />
      <p className="cl-actions">
        {compare === null || row.answer === null ? null : (
          <Link href={compare} className="cl-compare">
            Compare with {row.answer.sourceTitle}
          </Link>
        )}
        <Link href={claimReaderPath(row)}>Open in the reader</Link>
        <ExportButton
          className="ex-open cl-export"
          title="Export this claim and its chain"
          scopes={[{ id: "claim", label: row.chain.length === 0 ? "This claim (no answers yet)" : "This claim and its chain: what answered it, and what answered those", query: { claim: claim.id } }]}
        />
      </p>
      {row.chain.length === 0 ? null : (
        <details className="cl-details">
          <summary>{answersLabel(row.chain.length)}</summary>
          <ClaimChain entries={row.chain} />
        </details>
      )}
    </li>
  );
}
