import type { Block, Mark } from "@/lib/corpus/types";

// Footnote markers link to `#fn-<label>` and footnotes link back to their first
// marker. A multi-article capture repeats labels (every article has its own "1"),
// so a repeated label gets a numbered id (fn-1, fn-1-2, ...) and a marker links to
// the nearest footnote with its label that follows it, which is its own article's.

export interface FootnoteLinks {
  /** Block index -> id of the footnote's anchor element. */
  noteIds: Map<number, string>;
  /** Footnote-ref mark start -> where the marker points and, for the first marker of a note, its own id. */
  refs: Map<number, { href: string; id?: string }>;
  /** Block index -> href of the first marker that points to this footnote. */
  backrefs: Map<number, string>;
}

export function idSafe(label: string): string {
  return label.trim().replace(/[^A-Za-z0-9_-]+/g, "_");
}

export function linkFootnotes(blocks: readonly Block[], marks: readonly Mark[]): FootnoteLinks {
  const noteIds = new Map<number, string>();
  const byLabel = new Map<string, { index: number; start: number }[]>();
  blocks.forEach((block, index) => {
    if (block.kind !== "footnote" || block.label === undefined) return;
    const key = idSafe(block.label);
    if (key === "") return;
    const list = byLabel.get(key) ?? [];
    list.push({ index, start: block.start });
    byLabel.set(key, list);
    noteIds.set(index, list.length === 1 ? `fn-${key}` : `fn-${key}-${list.length}`);
  });

  const refs = new Map<number, { href: string; id?: string }>();
  const backrefs = new Map<number, string>();
  const refsInOrder = marks
    .filter((m) => m.kind === "footnote-ref" && m.label !== undefined)
    .sort((a, b) => a.start - b.start);
  for (const mark of refsInOrder) {
    const notes = byLabel.get(idSafe(mark.label ?? ""));
    if (notes === undefined) continue;
    const note = notes.find((n) => n.start >= mark.end) ?? notes[notes.length - 1]!;
    const noteId = noteIds.get(note.index)!;
    if (backrefs.has(note.index)) refs.set(mark.start, { href: `#${noteId}` });
    else {
      const id = `r-${noteId.slice(3)}`;
      refs.set(mark.start, { href: `#${noteId}`, id });
      backrefs.set(note.index, `#${id}`);
    }
  }
  return { noteIds, refs, backrefs };
}
