// Applies a live event (lib/annotations/dto.ts LiveEventDto) to the reader's list
// without a reload. Pure, so the rules are tested: the list stays in document
// order, an event never duplicates an annotation, and hidden ones disappear.
import type { AnnotationDto, AnnotationSummaryDto, LiveEventDto, ReplyDto } from "@/lib/annotations/dto";
import { summaryOf } from "@/lib/annotations/summary";
import { byDocumentOrder } from "./annotation-view";

export interface LiveState {
  annotations: AnnotationSummaryDto[];
  /** Full annotations, of those someone opened or wrote here; events keep them current. */
  details: Record<string, AnnotationDto>;
  /** Replies loaded per annotation id (only threads someone opened). */
  replies: Record<string, ReplyDto[]>;
}

function upsert(state: LiveState, next: AnnotationDto): LiveState {
  const list = state.annotations;
  const i = list.findIndex((a) => a.id === next.id);
  // A late event must not undo a newer state this reader already has (its own PATCH).
  if (i >= 0 && list[i]!.version > next.version) return state;
  if ((state.details[next.id]?.version ?? 0) > next.version) return state;
  const rest = i >= 0 ? list.filter((_, k) => k !== i) : list;
  if (next.deleted) return { ...state, annotations: rest, details: without(state.details, next.id) };
  return { ...state, annotations: [...rest, summaryOf(next)].sort(byDocumentOrder), details: { ...state.details, [next.id]: next } };
}

function without<T>(record: Record<string, T>, id: string): Record<string, T> {
  if (!(id in record)) return record;
  const { [id]: _gone, ...rest } = record;
  return rest;
}

/** Adds an opened annotation's full form; the list is left as it is, so nothing repaints. */
export function withDetail(state: LiveState, full: AnnotationDto): LiveState {
  const listed = state.annotations.find((a) => a.id === full.id);
  if (listed === undefined || listed.version > full.version || (state.details[full.id]?.version ?? 0) > full.version) return state;
  return { ...state, details: { ...state.details, [full.id]: full } };
}

/** Keeps the details still current after the list was fetched again (events may have been missed). */
export function withList(state: LiveState, annotations: AnnotationSummaryDto[]): LiveState {
  const details: Record<string, AnnotationDto> = {};
  for (const a of annotations) {
    const d = state.details[a.id];
    if (d !== undefined && d.version === a.version && d.replyCount === a.replyCount) details[a.id] = d;
  }
  return { ...state, annotations, details };
}

export function applyLiveEvent(state: LiveState, event: LiveEventDto): LiveState {
  if (event.type === "reply") {
    const { reply } = event;
    const thread = state.replies[reply.annotationId];
    if (thread?.some((r) => r.id === reply.id)) return state;
    const detail = state.details[reply.annotationId];
    return {
      annotations: state.annotations.map((a) => (a.id === reply.annotationId ? { ...a, replyCount: a.replyCount + 1 } : a)),
      details: detail === undefined ? state.details : { ...state.details, [detail.id]: { ...detail, replyCount: detail.replyCount + 1 } },
      replies: thread === undefined ? state.replies : { ...state.replies, [reply.annotationId]: [...thread, reply] },
    };
  }
  if (event.change === "hidden" || event.change === "deleted") {
    const id = event.change === "hidden" ? event.id : event.annotation.id;
    return { ...state, annotations: state.annotations.filter((a) => a.id !== id), details: without(state.details, id) };
  }
  return upsert(state, event.annotation);
}

/** Parses one SSE `data:` payload; null for anything that is not a LiveEventDto. */
export function parseLiveEvent(data: string): LiveEventDto | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== "object" || value === null || !("type" in value) || !("change" in value)) return null;
    if (value.type === "reply") return "reply" in value ? (value as LiveEventDto) : null;
    if (value.type !== "annotation") return null;
    return value.change === "hidden" ? ("id" in value ? (value as LiveEventDto) : null) : "annotation" in value ? (value as LiveEventDto) : null;
  } catch {
    return null;
  }
}
