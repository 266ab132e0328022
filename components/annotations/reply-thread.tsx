"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { ReplyDto } from "@/lib/annotations/dto";
import { NoteBody } from "./note-body";
import { api } from "./api";
import { EMPTY_DOC } from "./body-json";
import { formatDate } from "./layers";
import type { NoteValue } from "./note-editor";
import { LazyNoteEditor as NoteEditor } from "./lazy-note-editor";

interface Props {
  annotationId: string;
  replies: ReplyDto[] | undefined;
  canReply: boolean;
  onLoaded: (replies: ReplyDto[]) => void;
  onReplied: (reply: ReplyDto) => void;
}

/** The thread under an annotation; live replies arrive through the store. */
export function ReplyThread({ annotationId, replies, canReply, onLoaded, onReplied }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<NoteValue>({ doc: EMPTY_DOC, empty: true });
  const [round, setRound] = useState(0);
  const [busy, setBusy] = useState(false);

  const loaded = useRef(onLoaded);
  useEffect(() => {
    loaded.current = onLoaded;
  }, [onLoaded]);
  // The cursor of the page after the loaded ones; null once the thread is complete.
  const [next, setNext] = useState<string | null>(null);
  const needed = replies === undefined;
  useEffect(() => {
    if (!needed) return;
    let live = true;
    void api.replies(annotationId).then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.message);
      setNext(r.data.next);
      loaded.current(r.data.replies);
    });
    return () => {
      live = false;
    };
  }, [annotationId, needed]);

  const loadMore = async () => {
    if (next === null || busy) return;
    setBusy(true);
    const r = await api.replies(annotationId, next);
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setNext(r.data.next);
    onLoaded(mergeReplies(replies ?? [], r.data.replies));
  };

  const send = async () => {
    if (draft.empty || busy) return;
    setBusy(true);
    const r = await api.reply(annotationId, draft.doc);
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setError(null);
    onReplied(r.data);
    setDraft({ doc: EMPTY_DOC, empty: true });
    // A new key gives a fresh, empty editor.
    setRound((n) => n + 1);
  };
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      void send();
    }
  };

  return (
    <section className="an-replies" aria-label="Replies">
      <h4>Replies{replies === undefined || next !== null ? "" : ` (${replies.length})`}</h4>
      {replies === undefined && error === null ? <p className="an-muted">Loading replies…</p> : null}
      <ol>
        {(replies ?? []).map((r) => (
          <li key={r.id} className="an-reply">
            <p className="an-meta">
              <strong>{r.author.name}</strong> · <time dateTime={r.createdAt}>{formatDate(r.createdAt)}</time>
            </p>
            <NoteBody doc={r.body} className="an-note" />
          </li>
        ))}
      </ol>
      {next === null ? null : (
        <button type="button" className="an-more" onClick={() => void loadMore()} disabled={busy}>
          {busy ? "Loading…" : "Load more replies"}
        </button>
      )}
      {error === null ? null : (
        <p role="alert" className="an-error">
          {error}
        </p>
      )}
      {canReply ? (
        <form
          className="an-reply-form"
          onKeyDownCapture={onKeyDownCapture}
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          {/* After a send the fresh editor takes focus, where the one that was sent had it. */}
          <NoteEditor key={round} label="Your reply" onChange={setDraft} autoFocus={round > 0} />
          <button type="submit" disabled={draft.empty || busy}>
            {busy ? "Sending…" : "Reply"}
          </button>
        </form>
      ) : null}
    </section>
  );
}

/** Pages and live replies in one thread, oldest first, each once. */
function mergeReplies(known: ReplyDto[], page: ReplyDto[]): ReplyDto[] {
  const byId = new Map([...known, ...page].map((r) => [r.id, r]));
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
