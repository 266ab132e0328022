import Link from "next/link";
import { LAYER_LABELS } from "@/lib/annotations/dto";
import type { ArchivalCitationDto } from "@/lib/annotations/dto";
import { annotationPath } from "@/lib/reader/annotation-link";
import { formatPublished } from "@/lib/reader/format";
import type { ArgumentLabel } from "@/lib/claims/status";
import type { ChainEntry } from "@/lib/claims/types";

const KIND_WORDS: Record<ChainEntry["link"]["kind"], string> = {
  rebuts: "Rebutted by",
  refutes: "Refuted by",
  supports: "Supported by",
  confirms: "Confirmed by",
  contextualizes: "Put in context by",
  cites: "Cited by",
  quotes: "Quoted by",
};

const STANDING: Record<ArgumentLabel, string> = {
  in: "stands",
  out: "answered in turn",
  undec: "undecided (a cycle)",
};

function citationText(c: ArchivalCitationDto): string {
  const parts = [c.archive, c.fond === null ? null : `f. ${c.fond}`, c.opis === null ? null : `op. ${c.opis}`, c.delo === null ? null : `d. ${c.delo}`, c.list === null ? null : `l. ${c.list}`];
  const where = parts.filter((p): p is string => p !== null).join(", ");
  const date = c.documentDate === null ? "" : ` (${c.documentDate})`;
  const published = c.publishedIn === null ? "" : `; published in ${c.publishedIn}`;
  return `${where}${date}${published}`;
}

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
              <span className="cl-kind">{KIND_WORDS[e.link.kind]}</span> <span className="cl-layer">{LAYER_LABELS[a.layer]}</span> ·{" "}
              <span className="cl-standing">{STANDING[e.label]}</span>
            </p>
            <blockquote className="cl-quote">
              <Link href={annotationPath(a.source.slug, a.id)}>“{a.exact}”</Link>
            </blockquote>
            <p className="cl-meta">
              {a.source.title}
              {a.source.published === null ? "" : ` (${formatPublished(a.source.published)})`} · {a.author.name}
            </p>
            {a.citation === null ? null : <p className="cl-meta">Archive: {citationText(a.citation)}</p>}
            {e.link.note === null ? null : <p className="cl-meta">Link note: {e.link.note}</p>}
            {e.repeated ? <p className="cl-meta">(already shown above: the answers go round in a cycle)</p> : <ClaimChain entries={e.answers} />}
          </li>
        );
      })}
    </ul>
  );
}
