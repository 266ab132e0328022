import Link from "next/link";
import { LAYER_LABELS } from "@/lib/annotations/dto";
import { Citation } from "@/components/annotations/annotation-links";
import { annotationPath, LINK_DIRECTION_WORDS } from "@/lib/reader/annotation-link";
import { formatPublished } from "@/lib/reader/format";
import type { ArgumentLabel } from "@/lib/claims/status";
import type { ChainEntry } from "@/lib/claims/types";

const STANDING: Record<ArgumentLabel, string> = {
  in: "stands",
  out: "answered in turn",
  undec: "undecided (a cycle)",
};

/** What answers a claim, and what answers those, as nested lists; a cycle ends where it repeats. */
export function ClaimChain({ entries }: { entries: ChainEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="cl-chain">
      {entries.map((e) => {
        const a = e.annotation;
        return (
          <li key={e.link.id} data-label={e.label}>
            <p className="cl-chain-head">
              <span className="cl-kind">{LINK_DIRECTION_WORDS[e.link.kind][1]}</span> <span className="cl-layer">{LAYER_LABELS[a.layer]}</span> ·{" "}
              <span className="cl-standing">{STANDING[e.label]}</span>
            </p>
            <blockquote className="cl-quote">
              <Link href={annotationPath(a.source.slug, a.id)}>“{a.exact}”</Link>
            </blockquote>
            <p className="cl-meta">
              {a.source.title}
              {a.source.published === null ? "" : ` (${formatPublished(a.source.published)})`} · {a.author.name}
            </p>
            <Citation citation={a.citation} />
            {e.link.note === null ? null : <p className="cl-meta">Link note: {e.link.note}</p>}
            {e.repeated ? <p className="cl-meta">(already shown above: the answers go round in a cycle)</p> : <ClaimChain entries={e.answers} />}
          </li>
        );
      })}
    </ul>
  );
}
