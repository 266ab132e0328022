"use client";

import { useCallback, useEffect, useReducer, useRef } from "react";
import type { AnnotationDto, AnnotationSummaryDto, LiveEventDto, ReplyDto } from "@/lib/annotations/dto";
import { summariesOf } from "@/lib/annotations/summary";
import { applyLiveEvent, parseLiveEvent, withDetail, withList, type LiveState } from "@/lib/reader/live-annotations";
import { api } from "./api";
import { textModel } from "./text-model";
import { useTextScope } from "./text-scope";

// The reader's annotations: fetched once the page has loaded (never sent with the
// HTML, which stays as lean as the plain reader's), then kept current by the
// source's event stream and by this reader's own writes. The list holds summaries;
// an opened annotation is fetched in full (use-detail.tsx) and kept in `details`.

export interface Store extends LiveState {
  status: "loading" | "ready" | "error";
  error: string | null;
  live: "connecting" | "open" | "retrying";
}

type Action =
  | { kind: "loaded"; annotations: AnnotationSummaryDto[] }
  | { kind: "failed"; message: string }
  | { kind: "event"; event: LiveEventDto }
  | { kind: "replies"; id: string; replies: ReplyDto[] }
  | { kind: "detail"; annotation: AnnotationDto }
  | { kind: "live"; live: Store["live"] };

function reduce(state: Store, action: Action): Store {
  switch (action.kind) {
    case "loaded":
      return { ...state, ...withList(state, action.annotations), status: "ready", error: null };
    case "failed":
      return { ...state, status: state.status === "ready" ? "ready" : "error", error: action.message };
    case "event":
      return { ...state, ...applyLiveEvent(state, action.event) };
    case "detail":
      return { ...state, ...withDetail(state, action.annotation) };
    case "replies":
      return { ...state, replies: { ...state.replies, [action.id]: action.replies } };
    case "live":
      return { ...state, live: action.live };
  }
}

const INITIAL: Store = { annotations: [], details: {}, replies: {}, status: "loading", error: null, live: "connecting" };
const MAX_RETRY_MS = 30_000;

function afterLoad(run: () => void): () => void {
  if (document.readyState === "complete") {
    const id = window.setTimeout(run, 0);
    return () => window.clearTimeout(id);
  }
  window.addEventListener("load", run, { once: true });
  return () => window.removeEventListener("load", run);
}

/** `onEvent` hears each annotation event applied, live or this reader's own (the compare view follows links with it). */
export function useAnnotationStore(sourceId: string, onEvent?: (event: LiveEventDto) => void) {
  const { prefix } = useTextScope();
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const listener = useRef(onEvent);
  useEffect(() => {
    listener.current = onEvent;
  }, [onEvent]);

  const reload = useCallback(async () => {
    // The list comes in bounded pages: follow `next` until every annotation is here.
    const annotations: AnnotationSummaryDto[] = [];
    for (let cursor: string | null = null; ; ) {
      const result = await api.list(sourceId, cursor);
      if (!result.ok) {
        dispatch({ kind: "failed", message: result.message });
        return;
      }
      // The entries leave out the quotes the page's text holds (AnnotationListDto).
      annotations.push(...summariesOf(result.data, textModel(prefix)?.text ?? ""));
      cursor = result.data.next;
      if (cursor === null) break;
    }
    dispatch({ kind: "loaded", annotations });
  }, [sourceId, prefix]);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: number | undefined;
    let delay = 1000;
    // The change log's number of the last event seen: the server replays what came after it.
    let lastId = "";
    let opened = false;
    let stopped = false;
    const connect = () => {
      if (stopped) return;
      // EventSource sends Last-Event-ID on its own reconnects; a new one needs the query.
      const query = lastId === "" ? "" : `?lastEventId=${encodeURIComponent(lastId)}`;
      source = new EventSource(`/api/sources/${encodeURIComponent(sourceId)}/events${query}`);
      source.onopen = () => {
        dispatch({ kind: "live", live: "open" });
        delay = 1000;
        // A new EventSource with no id to resume from cannot be replayed to: catch up from the list.
        if (opened && lastId === "" && query === "") void reload();
        opened = true;
      };
      source.onmessage = (message: MessageEvent<string>) => {
        if (message.lastEventId !== "") lastId = message.lastEventId;
        const event = parseLiveEvent(message.data);
        if (event === null) return;
        dispatch({ kind: "event", event });
        listener.current?.(event);
      };
      // The server could not replay what was missed (too much, or too old): fetch the list again.
      source.addEventListener("resync", (message: MessageEvent<string>) => {
        if (message.lastEventId !== "") lastId = message.lastEventId;
        void reload();
      });
      source.onerror = () => {
        dispatch({ kind: "live", live: "retrying" });
        // EventSource retries by itself unless the server refused (then it is CLOSED).
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        retry = window.setTimeout(connect, delay);
        delay = Math.min(delay * 2, MAX_RETRY_MS);
      };
    };
    const cancel = afterLoad(() => {
      void reload();
      connect();
    });
    return () => {
      stopped = true;
      cancel();
      window.clearTimeout(retry);
      source?.close();
    };
  }, [sourceId, reload]);

  const put = useCallback((annotation: AnnotationDto) => {
    const event: LiveEventDto = { type: "annotation", change: annotation.deleted ? "deleted" : "updated", annotation };
    dispatch({ kind: "event", event });
    listener.current?.(event);
  }, []);
  const addReply = useCallback((reply: ReplyDto) => dispatch({ kind: "event", event: { type: "reply", change: "created", reply } }), []);
  const setDetail = useCallback((annotation: AnnotationDto) => dispatch({ kind: "detail", annotation }), []);
  const setReplies = useCallback((id: string, replies: ReplyDto[]) => dispatch({ kind: "replies", id, replies }), []);

  return { state, put, setDetail, addReply, setReplies, reload };
}
