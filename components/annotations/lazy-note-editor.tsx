"use client";

import { lazy, Suspense } from "react";
import type { NoteEditorProps } from "./note-editor";

// tiptap and ProseMirror are most of the annotation layer's JavaScript: readers who
// never write a note should not download them with the page. They load on first
// use, or ahead of it once the page is idle (preloadNoteEditor).

const load = () => import("./note-editor").then((m) => ({ default: m.NoteEditor }));
const Editor = lazy(load);

export function preloadNoteEditor(): void {
  void load();
}

export function LazyNoteEditor(props: NoteEditorProps) {
  return (
    <Suspense
      fallback={
        <div className="an-editor">
          <span className="an-label">{props.label}</span>
          <div className="an-editor-input" aria-busy="true" />
        </div>
      }
    >
      <Editor {...props} />
    </Suspense>
  );
}
