// A claim's evidence timeline: when it was claimed (its source's date), when it was
// rebutted (each rebutting source's date), and when the archive spoke (the archival
// citation's document date, else the finding's source date), on one axis of decimal
// years. Only the claim's direct answers are placed: they are what answered it.
import { parsePartialDate } from "./partial-date";
import { ATTACK_KINDS, type ClaimStatus } from "./status";
import type { BoardAnnotation, ChainEntry, ClaimTimeline, TimelineEvent } from "./types";

function event(kind: TimelineEvent["kind"], date: string | null, annotation: BoardAnnotation, stands: boolean): TimelineEvent {
  return { kind, date, at: parsePartialDate(date)?.at ?? null, annotationId: annotation.id, sourceTitle: annotation.source.title, stands };
}

function answerEvent(entry: ChainEntry): TimelineEvent {
  const a = entry.annotation;
  const stands = entry.label === "in";
  if (a.layer === "archival_finding") return event("archive", a.citation?.documentDate ?? a.source.published, a, stands);
  return event("rebutted", a.source.published, a, stands);
}

/**
 * The events in time order (undated last). `yearsUntilRefuted` runs from the claim's
 * date to the earliest standing answer that defeats it: for a refuted claim the
 * archival findings' dates, for a rebutted one any standing attack's.
 */
export function claimTimeline(claim: BoardAnnotation, chain: readonly ChainEntry[], status: ClaimStatus): ClaimTimeline {
  const claimed = event("claimed", claim.source.published, claim, true);
  const answers = chain.filter((e) => ATTACK_KINDS.has(e.link.kind)).map((e) => ({ entry: e, event: answerEvent(e) }));
  const events = [claimed, ...answers.map((a) => a.event)].sort((x, y) => (x.at ?? Infinity) - (y.at ?? Infinity));
  const defeats = answers.filter(({ entry, event: e }) => {
    if (!e.stands || e.at === null) return false;
    return status === "refuted" ? entry.link.kind === "refutes" && entry.annotation.layer === "archival_finding" : status === "rebutted";
  });
  const first = Math.min(...defeats.map((d) => d.event.at ?? Infinity));
  const years = claimed.at === null || first === Infinity ? null : Math.round((first - claimed.at) * 10) / 10;
  return { events, yearsUntilRefuted: years };
}

export interface TimeAxis {
  from: number;
  to: number;
}

/** One axis for every timeline on the board, so rows compare at a glance; null when nothing is dated. */
export function boardAxis(timelines: readonly ClaimTimeline[]): TimeAxis | null {
  const dated = timelines.flatMap((t) => t.events.flatMap((e) => (e.at === null ? [] : [e.at])));
  if (dated.length === 0) return null;
  const from = Math.floor(Math.min(...dated));
  const to = Math.max(Math.ceil(Math.max(...dated)), from + 1);
  return { from, to };
}

/** Where a date sits on the axis, 0 to 100 (per cent of its width). */
export function axisPercent(axis: TimeAxis, at: number): number {
  return Math.round(((at - axis.from) / (axis.to - axis.from)) * 1000) / 10;
}
