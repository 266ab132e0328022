"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import type { BodyDoc } from "@/lib/annotations/body";
import { isAllowedHref } from "@/lib/annotations/body/href";
import { noteExtensions } from "@/lib/annotations/body/extensions";
import { toBodyDoc } from "./body-json";
import "./prosemirror.css";

// The note editor: the shared noteExtensions (the server validates with the same
// list), so pasted HTML is cut down to what a note may hold by the schema itself.

export interface NoteValue {
  doc: BodyDoc;
  empty: boolean;
}

export interface NoteEditorProps {
  label: string;
  initial?: BodyDoc;
  onChange: (value: NoteValue) => void;
  autoFocus?: boolean;
}

function Tools({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      quote: e.isActive("blockquote"),
      bullets: e.isActive("bulletList"),
      numbers: e.isActive("orderedList"),
    }),
  });
  const [linking, setLinking] = useState(false);
  const [href, setHref] = useState("");
  const chain = () => editor.chain().focus();
  const tool = (label: string, active: boolean, run: () => void) => (
    <button type="button" aria-pressed={active} onClick={run}>
      {label}
    </button>
  );
  const applyLink = () => {
    const url = href.trim();
    if (url === "") chain().extendMarkRange("link").unsetLink().run();
    else if (isAllowedHref(url)) chain().extendMarkRange("link").setLink({ href: url }).run();
    else return;
    setLinking(false);
    setHref("");
  };
  return (
    <div className="an-tools">
      <div role="toolbar" aria-label="Formatting">
        {tool("Bold", state.bold, () => chain().toggleBold().run())}
        {tool("Italic", state.italic, () => chain().toggleItalic().run())}
        {tool("Link", state.link || linking, () => {
          setHref(String(editor.getAttributes("link").href ?? ""));
          setLinking((v) => !v);
        })}
        {tool("Quote", state.quote, () => chain().toggleBlockquote().run())}
        {tool("• List", state.bullets, () => chain().toggleBulletList().run())}
        {tool("1. List", state.numbers, () => chain().toggleOrderedList().run())}
      </div>
      {linking ? (
        <div className="an-link-row">
          <input
            aria-label="Link address (https:// or mailto:)"
            // The URL is what comes next: focus goes there, not back to the Link button.
            autoFocus
            placeholder="https://…"
            value={href}
            onChange={(e) => setHref(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                applyLink();
              }
            }}
            aria-invalid={href.trim() !== "" && !isAllowedHref(href.trim())}
          />
          <button type="button" onClick={applyLink}>
            {href.trim() === "" ? "Remove link" : "Apply"}
          </button>
        </div>
      ) : null}
    </div>
  );
}

export function NoteEditor({ label, initial, onChange, autoFocus = false }: NoteEditorProps) {
  const labelId = useId();
  // The editor keeps the callback it was created with: read the latest through a ref.
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);
  const editor = useEditor({
    extensions: noteExtensions,
    content: initial ?? "",
    immediatelyRender: false,
    // Its styles come from prosemirror.css: an injected <style> would break the CSP.
    injectCSS: false,
    autofocus: autoFocus ? "end" : false,
    editorProps: { attributes: { "aria-labelledby": labelId, "aria-multiline": "true", role: "textbox", class: "an-editor-input" } },
    onUpdate: ({ editor: e }) => changed.current({ doc: toBodyDoc(e.getJSON()), empty: e.isEmpty }),
  });
  return (
    <div className="an-editor">
      <span id={labelId} className="an-label">
        {label}
      </span>
      {editor === null ? <div className="an-editor-input" aria-busy="true" /> : <Tools editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}
