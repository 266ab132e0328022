// Applies a live event (lib/annotations/dto.ts LiveEventDto) to the reader's list
// without a reload. Pure, so the rules are tested: the list stays in document
// order, an event never duplicates an annotation, and hidden ones disappear.
import type { AnnotationDto, LiveEventDto, ReplyDto } from "@/lib/annotations/dto";
import { byDocumentOrder } from "./annotation-view";

export interface LiveState {
  annotations: AnnotationDto[];
  /** Replies loaded per annotation id (only threads someone opened). */
  replies: Record<string, ReplyDto[]>;
}

function upsert(list: AnnotationDto[], next: AnnotationDto): AnnotationDto[] {
  const i = list.findIndex((a) => a.id === next.id);
  // A late event must not undo a newer state this reader already has (its own PATCH).
  if (i >= 0 && list[i]!.version > next.version) return list;
  const rest = i >= 0 ? list.filter((_, k) => k !== i) : list;
  if (next.deleted) return rest;
  return [...rest, next].sort(byDocumentOrder);
}

export function applyLiveEvent(state: LiveState, event: LiveEventDto): LiveState {
  if (event.type === "reply") {
    const { reply } = event;
    const thread = state.replies[reply.annotationId];
    if (thread?.some((r) => r.id === reply.id)) return state;
    return {
      annotations: state.annotations.map((a) => (a.id === reply.annotationId ? { ...a, replyCount: a.replyCount + 1 } : a)),
      replies: thread === undefined ? state.replies : { ...state.replies, [reply.annotationId]: [...thread, reply] },
    };
  }
  if (event.change === "hidden") {
    return { ...state, annotations: state.annotations.filter((a) => a.id !== event.id) };
  }
  if (event.change === "deleted") {
    return { ...state, annotations: state.annotations.filter((a) => a.id !== event.annotation.id) };
  }
  return { ...state, annotations: upsert(state.annotations, event.annotation) };
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
