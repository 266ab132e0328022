import { axisPercent, type TimeAxis } from "@/lib/claims/timeline";
import type { ClaimTimeline, TimelineEvent } from "@/lib/claims/types";
import { formatPublished } from "@/lib/reader/format";

const WORDS: Record<TimelineEvent["kind"], string> = {
  claimed: "Claimed",
  rebutted: "Rebutted",
  archive: "Archive spoke",
};

function yearsText(years: number): string {
  if (years < 0) return `the archive had spoken ${Math.abs(years)} years before the claim`;
  return `refuted after ${years} ${years === 1 ? "year" : "years"}`;
}

/**
 * The claim's events on the board's one axis (drawn, and hidden from screen readers),
 * then the same events as a list that says everything the drawing does.
 */
export function EvidenceTimeline({ timeline, axis }: { timeline: ClaimTimeline; axis: TimeAxis | null }) {
  const dated = timeline.events.filter((e) => e.at !== null);
  return (
    <div className="cl-timeline">
      {axis === null || dated.length === 0 ? null : (
        <div className="cl-track" aria-hidden="true">
          <span className="cl-axis-end cl-axis-from">{axis.from}</span>
          {dated.map((e, i) => (
            <span
              key={`${e.kind}-${e.annotationId}-${i}`}
              className="cl-mark"
              data-kind={e.kind}
              data-stands={e.stands}
              style={{ left: `${axisPercent(axis, e.at ?? axis.from)}%` }}
              title={`${WORDS[e.kind]}: ${e.date ?? ""} (${e.sourceTitle})`}
            />
          ))}
          <span className="cl-axis-end cl-axis-to">{axis.to}</span>
        </div>
      )}
      <ol className="cl-events" aria-label="Evidence timeline">
        {timeline.events.map((e, i) => (
          <li key={`${e.kind}-${e.annotationId}-${i}`} data-kind={e.kind} data-stands={e.stands}>
            <span className="cl-event-kind">{WORDS[e.kind]}</span>{" "}
            {e.date === null ? <span className="unk">date unknown</span> : formatPublished(e.date)}
            <span className="cl-muted"> · {e.sourceTitle}</span>
            {e.stands ? null : <span className="cl-muted"> (answered in turn)</span>}
          </li>
        ))}
      </ol>
      {timeline.yearsUntilRefuted === null ? null : <p className="cl-years">{yearsText(timeline.yearsUntilRefuted)}</p>}
    </div>
  );
}
