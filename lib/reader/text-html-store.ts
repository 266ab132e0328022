import type { TocEntry } from "./toc";

// The reader's rendered text per version, shared by the two halves of one page render.
// Next renders a page's server components and then its client components' HTML in
// the same process but from separate module graphs, so a plain module-level map
// would exist twice: the store hangs off globalThis under a registered symbol.
// Versions never change under their id, so an entry never goes stale; the oldest
// goes first past LIMIT. In the browser the store is empty.

const LIMIT = 64;
const KEY = Symbol.for("palimpsest.reader-text-html");

/** A version's text as the reader sends it (lib/reader/reader-text.ts). */
export interface ReaderText {
  /** Made by lib/reader/text-html.ts only. */
  html: string;
  words: number;
  entries: TocEntry[];
  blockCount: number;
}

type Store = Map<string, ReaderText>;

function store(): Store {
  const holder = globalThis as { [KEY]?: Store };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** A version's text, if it was rendered in this process (never in a browser); a hit counts as recent use. */
export function storedReaderText(versionId: string): ReaderText | undefined {
  const entries = store();
  const hit = entries.get(versionId);
  if (hit === undefined) return undefined;
  // Re-inserted at the end, so the versions in use stay and the least recent goes first.
  entries.delete(versionId);
  entries.set(versionId, hit);
  return hit;
}

export function storeReaderText(versionId: string, text: ReaderText): void {
  const entries = store();
  entries.set(versionId, text);
  if (entries.size > LIMIT) entries.delete(entries.keys().next().value!);
}
