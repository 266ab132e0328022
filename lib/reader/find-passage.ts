// "Find a passage": the keyboard's way to select text. Matching ignores case and
// treats any run of white space as one space, so a phrase typed from memory finds
// a passage that wraps or has a double space in the source.

export interface Match {
  start: number;
  end: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A case-insensitive pattern for `query`, white space matching any white space; null for a blank query. */
export function passagePattern(query: string): RegExp | null {
  const words = query.trim().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return null;
  return new RegExp(words.map(escapeRegExp).join("\\s+"), "giu");
}

/**
 * The first match of `query` starting at or after `from`, wrapping around to the
 * beginning of the text; null when there is none.
 */
export function findPassage(text: string, query: string, from = 0): Match | null {
  const pattern = passagePattern(query);
  if (pattern === null) return null;
  const at = (index: number): Match | null => {
    pattern.lastIndex = index;
    const m = pattern.exec(text);
    return m === null || m[0] === "" ? null : { start: m.index, end: m.index + m[0].length };
  };
  return at(Math.max(0, Math.min(from, text.length))) ?? (from > 0 ? at(0) : null);
}
