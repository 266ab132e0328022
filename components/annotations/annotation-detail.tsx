"use client";

import { useEffect, useRef, useState } from "react";
import type { AnnotationDto, AnnotationSummaryDto, LinkDto, ReplyDto } from "@/lib/annotations/dto";
import { NoteBody } from "./note-body";
import { AnnotationLinks, Citation } from "./annotation-links";
import { CopyLink } from "./copy-link";
import { EditAnnotation } from "./edit-annotation";
import { visibilityLabel } from "@/lib/reader/format";
import { formatDate } from "./layers";
import { LinkForm } from "./link-form";
import { ReplyThread } from "./reply-thread";
import { RevisionHistory } from "./revision-history";

export interface DetailHandlers {
  onSaved: (annotation: AnnotationDto) => void;
  onDelete: (annotation: AnnotationDto) => void;
  onRepliesLoaded: (id: string, replies: ReplyDto[]) => void;
  onReplied: (reply: ReplyDto) => void;
  /** A link was saved from `from`: fetch its ends again, so both show it. */
  onLinked: (from: AnnotationDto, link: LinkDto) => void;
  /** Remove a link shown on `from` (Undo follows in a toast). */
  onUnlink: (from: AnnotationDto, link: LinkDto) => void;
}

/** Everything about one annotation, with only the controls its `can` flags allow. */
interface Props {
  a: AnnotationDto;
  replies: ReplyDto[] | undefined;
  handlers: DetailHandlers;
  /** This source's annotations, offered as link targets. */
  candidates: AnnotationSummaryDto[];
}

export function AnnotationDetail({ a, replies, handlers, candidates }: Props) {
  const [mode, setMode] = useState<"view" | "edit" | "history">("view");
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // Closing the edit form takes the focused field with it: Edit, rendered again, gets focus back.
  const backToEdit = useRef(false);
  useEffect(() => {
    if (mode !== "view" || !backToEdit.current) return;
    backToEdit.current = false;
    editButton.current?.focus();
  }, [mode]);
  // The question goes away with the button that had focus: give it back to Delete.
  const keep = () => {
    setConfirming(false);
    deleteButton.current?.focus();
  };
  // Deleting takes the replies with it, other people's too: ask first when there are any.
  const replyCount = Math.max(a.replyCount, replies?.length ?? 0);
  const loaded = (list: ReplyDto[]) => handlers.onRepliesLoaded(a.id, list);
  return (
    <div className="an-detail">
      {mode === "edit" ? (
        <EditAnnotation
          annotation={a}
          onSaved={handlers.onSaved}
          onClose={() => {
            backToEdit.current = true;
            setMode("view");
          }}
        />
      ) : (
        <>
          <NoteBody doc={a.body} className="an-note" />
          <p className="an-meta">
            <strong>{a.author.name}</strong> · <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
            {a.updatedAt !== a.createdAt ? ` · edited ${formatDate(a.updatedAt)}` : ""} · {visibilityLabel(a.visibility, a.groupName)}
          </p>
          {a.anchorStatus === "fuzzy" || a.anchorStatus === "quote" ? (
            <p className="an-muted">Placed by its quote: the text changed since it was written.</p>
          ) : null}
          {a.tags.length > 0 ? (
            <ul className="an-tags" aria-label="Tags">
              {a.tags.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          ) : null}
          <Citation citation={a.citation} />
          <AnnotationLinks links={a.links} onRemove={(link) => handlers.onUnlink(a, link)} />
          <div className="an-actions">
            {a.can.edit ? (
              <button ref={editButton} type="button" onClick={() => setMode("edit")}>
                Edit
              </button>
            ) : null}
            <button type="button" aria-expanded={mode === "history"} onClick={() => setMode(mode === "history" ? "view" : "history")}>
              History
            </button>
            {a.can.delete ? (
              <button
                ref={deleteButton}
                type="button"
                className="an-danger"
                aria-expanded={replyCount > 0 ? confirming : undefined}
                onClick={() => (replyCount > 0 ? setConfirming(true) : handlers.onDelete(a))}
              >
                Delete
              </button>
            ) : null}
          </div>
          {confirming ? (
            <div
              role="alertdialog"
              aria-labelledby={`an-del-${a.id}`}
              className="an-confirm"
              onKeyDown={(e) => {
                if (e.key !== "Escape") return;
                e.stopPropagation();
                keep();
              }}
            >
              <p id={`an-del-${a.id}`}>
                Delete this annotation and its {replyCount === 1 ? "reply" : `${replyCount} replies`}? Readers will no longer see
                {replyCount === 1 ? " it" : " them"}; Undo brings them back.
              </p>
              <button type="button" className="an-danger" autoFocus onClick={() => handlers.onDelete(a)}>
                Delete with {replyCount === 1 ? "the reply" : `${replyCount} replies`}
              </button>{" "}
              <button type="button" onClick={keep}>
                Keep it
              </button>
            </div>
          ) : null}
          <CopyLink sourceSlug={a.sourceSlug} annotationId={a.id} />
          {a.can.link ? (
            <LinkForm fromId={a.id} sourceId={a.sourceId} candidates={candidates} onLinked={(link) => handlers.onLinked(a, link)} />
          ) : null}
          {mode === "history" ? <RevisionHistory annotationId={a.id} version={a.version} /> : null}
        </>
      )}
      <ReplyThread annotationId={a.id} replies={replies} canReply={a.can.reply} onLoaded={loaded} onReplied={handlers.onReplied} />
    </div>
  );
}
