import type { ArchivalCitationDto, LinkDto } from "@/lib/annotations/dto";
import { annotationPath, LINK_DIRECTION_WORDS } from "@/lib/reader/annotation-link";
import { snippet } from "@/lib/reader/annotation-view";
import { safeHref } from "@/lib/reader/format";
import { archivalCitationText } from "@/lib/reader/wording";


/** Links to annotations in this or other sources; each opens the other passage, selected, and can be removed by who may. */
export function AnnotationLinks({ links, onRemove }: { links: LinkDto[]; onRemove: (link: LinkDto) => void }) {
  if (links.length === 0) return null;
  return (
    <ul className="an-links" aria-label="Links">
      {links.map((l) => {
        const words = LINK_DIRECTION_WORDS[l.kind][l.direction === "from" ? 0 : 1];
        return (
          <li key={l.id}>
            <span className="an-link-kind">{words}</span>{" "}
            <a href={annotationPath(l.otherSourceSlug, l.otherId)}>
              {l.otherSourceTitle}: “{snippet(l.otherExact, 100)}”
            </a>
            {l.note === null ? null : <span className="an-muted"> — {l.note}</span>}
            {l.canRemove ? (
              <button type="button" className="an-link-remove" onClick={() => onRemove(l)} aria-label={`Remove link: ${words} ${l.otherSourceTitle}`}>
                Remove
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** An archive reference in the corpus's own form: archive, f., op., d., l.; then where published. */
export function Citation({ citation }: { citation: ArchivalCitationDto | null }) {
  if (citation === null) return null;
  return (
    <p className="an-citation">
      <span className="an-label">Source: </span>
      {archivalCitationText(citation)}
      {citation.url === null || safeHref(citation.url) === undefined ? null : (
        <>
          {" "}
          <a href={safeHref(citation.url)} rel="noopener noreferrer nofollow">
            (online)
          </a>
        </>
      )}
    </p>
  );
}
