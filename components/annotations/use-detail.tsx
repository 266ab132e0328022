"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { AnnotationDto, AnnotationSummaryDto } from "@/lib/annotations/dto";
import { api } from "./api";
import { AnnotationDetail, type DetailHandlers } from "./annotation-detail";
import { useLinkActions } from "./links/use-link-actions";
import type { Toast } from "./undo-toast";
import type { useAnnotationStore } from "./use-annotation-store";

interface Options {
  store: ReturnType<typeof useAnnotationStore>;
  setToast: (toast: Toast | null) => void;
  select: (id: string | null, scrollText: boolean) => void;
  selected: AnnotationSummaryDto | null;
  /** Puts focus on an entry's head once it is rendered again. */
  focusEntry: (id: string) => void;
}

/**
 * The selected annotation's detail, wired to the store: edits, soft delete with Undo,
 * replies, links. The list has only summaries, so the full annotation is fetched on opening,
 * unless this reader already holds it as current (its own write, a live event).
 */
export function useDetail({ store, setToast, select, selected, focusEntry }: Options) {
  const { put, setDetail, addReply, setReplies } = store;
  const { details, replies, annotations } = store.state;
  const [failed, setFailed] = useState<{ id: string; message: string } | null>(null);
  const id = selected?.id ?? null;
  const want = selected === null ? null : selected.version;
  const held = id === null ? undefined : details[id]?.version;
  const needed = id !== null && want !== null && (held === undefined || held < want);
  useEffect(() => {
    if (!needed || id === null) return;
    let live = true;
    void api.get(id).then((r) => {
      if (!live) return;
      if (r.ok) setDetail(r.data);
      else setFailed({ id, message: r.message });
    });
    return () => {
      live = false;
    };
  }, [id, want, needed, setDetail]);

  const onDelete = useCallback(
    async (a: AnnotationDto) => {
      const result = await api.remove(a.id);
      if (!result.ok) return setToast({ message: result.message });
      put({ ...result.data, deleted: true });
      select(null, false);
      // The Delete button went away with the entry: focus moves to Undo, and Undo brings it back to the entry.
      setToast({
        message: "Annotation deleted.",
        focusUndo: true,
        undo: async () => {
          const back = await api.restore(a.id);
          if (!back.ok) return setToast({ message: back.message });
          put(back.data);
          setToast({ message: "Annotation restored." });
          select(back.data.id, true);
          focusEntry(back.data.id);
        },
      });
    },
    [put, select, setToast, focusEntry],
  );
  const { onLinked, onUnlink } = useLinkActions({ put, setToast });
  const handlers: DetailHandlers = useMemo(
    () => ({
      onSaved: put,
      onDelete: (a) => void onDelete(a),
      onRepliesLoaded: setReplies,
      onReplied: addReply,
      onLinked,
      onUnlink: (a, link) => void onUnlink(a, link),
    }),
    [put, onDelete, setReplies, addReply, onLinked, onUnlink],
  );
  return useCallback(
    (a: AnnotationSummaryDto) => {
      const full = details[a.id];
      if (full !== undefined) {
        return <AnnotationDetail key={a.id} a={full} replies={replies[a.id]} handlers={handlers} candidates={annotations} />;
      }
      if (failed?.id === a.id) {
        return (
          <p role="alert" className="an-error">
            {failed.message}
          </p>
        );
      }
      return (
        <p className="an-muted an-loading" aria-live="polite">
          Loading the annotation…
        </p>
      );
    },
    [details, replies, handlers, failed, annotations],
  );
}
