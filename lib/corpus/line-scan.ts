import { excerptOf } from "./draft";
import { inlineJunk, isShareHeader, junkReason } from "./junk-rules";
import type { RemovedSpan } from "./types";

// First pass over a plain-text capture: drops junk lines (reporting each with its
// line numbers) and groups the remaining lines into runs separated by blank lines.

export interface ContentLine {
  /** 1-based line number in the original. */
  no: number;
  indent: number;
  /** Trimmed, NBSP folded to a space, leftover markup cut out. */
  text: string;
  /** WordPress "widont": a no-break space glued to the title's last word (sections.ts). */
  widont: boolean;
}

export interface LineGroup {
  lines: ContentLine[];
  /** Junk was removed between this group and the previous one (a banner cut a paragraph). */
  afterJunk: boolean;
}

export interface ScanResult {
  groups: LineGroup[];
  removed: RemovedSpan[];
}

const SHARE_WINDOW = 8;

function indentOf(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === " " || ch === "\u00a0") n += 1;
    else if (ch === "\t") n += 4;
    else break;
  }
  return n;
}

export function scanLines(text: string): ScanResult {
  const lines = text.split("\n");
  const groups: LineGroup[] = [];
  const removed: RemovedSpan[] = [];
  let current: LineGroup | undefined;
  let pendingJunk = false;
  let shareWindow = 0;
  let lastContent: ContentLine | undefined;

  const remove = (no: number, reason: string, excerpt: string): void => {
    const last = removed[removed.length - 1];
    const contentBetween = lastContent !== undefined && last !== undefined && lastContent.no > last.toLine;
    if (last !== undefined && last.reason === reason && !contentBetween) {
      last.toLine = no;
      last.excerpt = excerptOf(`${last.excerpt} / ${excerpt}`);
      return;
    }
    removed.push({ fromLine: no, toLine: no, reason, excerpt: excerptOf(excerpt) });
  };

  for (let i = 0; i < lines.length; i++) {
    const rawLine = lines[i] ?? "";
    const no = i + 1;
    const norm = rawLine.replace(/\u00a0/g, " ");
    const trimmed = norm.trim();
    if (trimmed === "") {
      current = undefined;
      continue;
    }
    const reason = junkReason(trimmed, shareWindow > 0);
    if (reason !== undefined) {
      shareWindow = isShareHeader(trimmed) ? SHARE_WINDOW : Math.max(0, shareWindow - 1);
      // The banner's close glyph sometimes lands at the end of the line above it
      // (file 003: "...foisted on them, x"); it is the banner's, not the author's.
      if (reason === "cookie banner" && lastContent !== undefined && /[,.;:]\s[x×]$/.test(lastContent.text)) {
        lastContent.text = lastContent.text.slice(0, -1).trimEnd();
        removed.push({ fromLine: lastContent.no, toLine: lastContent.no, reason: "close button", excerpt: "x", partOfLine: true });
      }
      remove(no, reason, trimmed);
      current = undefined;
      pendingJunk = true;
      continue;
    }
    shareWindow = 0;
    let kept = trimmed;
    const cuts = inlineJunk(trimmed);
    if (cuts.length > 0) {
      let out = "";
      let at = 0;
      for (const cut of cuts) {
        out += trimmed.slice(at, cut.start);
        at = cut.end;
        removed.push({ fromLine: no, toLine: no, reason: cut.reason, excerpt: excerptOf(trimmed.slice(cut.start, cut.end)), partOfLine: true });
      }
      kept = (out + trimmed.slice(at)).replace(/\s+/g, " ").trim();
      if (kept === "") continue;
    }
    const line: ContentLine = {
      no,
      indent: indentOf(rawLine),
      text: kept.replace(/\s+/g, " "),
      widont: /\S\u00a0 ?\S+$/.test(rawLine.trimEnd()),
    };
    if (current === undefined) {
      current = { lines: [], afterJunk: pendingJunk };
      groups.push(current);
    }
    pendingJunk = false;
    current.lines.push(line);
    lastContent = line;
  }
  removed.sort((a, b) => a.fromLine - b.fromLine || a.toLine - b.toLine);
  return { groups, removed };
}
