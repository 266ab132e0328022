"use client";

import { useCallback, useMemo } from "react";
import type { AnnotationDto } from "@/lib/annotations/dto";
import { api } from "./api";
import { AnnotationDetail, type DetailHandlers } from "./annotation-detail";
import type { Toast } from "./undo-toast";
import type { useAnnotationStore } from "./use-annotation-store";

interface Options {
  store: ReturnType<typeof useAnnotationStore>;
  setToast: (toast: Toast | null) => void;
  select: (id: string | null, scrollText: boolean) => void;
}

/** The selected annotation's detail, wired to the store: edits, soft delete with Undo, replies. */
export function useDetail({ store, setToast, select }: Options) {
  const { put, addReply, setReplies } = store;
  const onDelete = useCallback(
    async (a: AnnotationDto) => {
      const result = await api.remove(a.id);
      if (!result.ok) return setToast({ message: result.message });
      put({ ...result.data, deleted: true });
      select(null, false);
      setToast({
        message: "Annotation deleted.",
        undo: async () => {
          const back = await api.restore(a.id);
          if (!back.ok) return setToast({ message: back.message });
          put(back.data);
          setToast({ message: "Annotation restored." });
          select(back.data.id, true);
        },
      });
    },
    [put, select, setToast],
  );
  const handlers: DetailHandlers = useMemo(
    () => ({ onSaved: put, onDelete: (a) => void onDelete(a), onRepliesLoaded: setReplies, onReplied: addReply }),
    [put, onDelete, setReplies, addReply],
  );
  const { replies } = store.state;
  return useCallback((a: AnnotationDto) => <AnnotationDetail key={a.id} a={a} replies={replies[a.id]} handlers={handlers} />, [replies, handlers]);
}
