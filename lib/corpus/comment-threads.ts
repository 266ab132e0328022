import type { ContentLine, LineGroup } from "./line-scan";
import { continuesLine, joinLines, type RawBlock } from "./line-blocks";

// Reader comments as blog captures render them (file 000): an ordered list indented
// two spaces a level. "  3. text" opens a top-level comment, "    1. text" a reply to
// it; unnumbered lines two spaces deeper than a comment's number are more
// paragraphs of that comment. A plain list has neither blank lines between its
// items nor deeper lines, which is what tells a thread from a list.

const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/;
const INDENT_STEP = 2;
// The line a comment system prints above a comment, as Blogger and WordPress captures
// keep it: "Anna said...", "Anna wrote:", "Anna 25 August 2019 at 13:45",
// "Anna · August 25, 2019 at 1:45 PM". Short, and ending in the verb or the time.
const AUTHOR_LINE_MAX = 120;
const SAID = /^\S.{0,80}\s(said|wrote|says|writes)\s*(\.\.\.|…|:)?$/i;
const STAMP =
  /^\S.{0,80}?\s*(·|-|–|—|,)?\s*(\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})(\s*(at|,)?\s*\d{1,2}[:.]\d{2}(\s*[AP]M)?)?$/iu;

/** Whether a comment's first paragraph is the author line a comment system printed. */
export function isAuthorLine(text: string): boolean {
  const t = text.trim();
  return t.length <= AUTHOR_LINE_MAX && !/[.!?]["”’]?$/.test(t.replace(/(\.\.\.|…)$/, "")) && (SAID.test(t) || STAMP.test(t));
}

export function threadEnd(groups: LineGroup[], start: number): number | undefined {
  const head = groups[start]?.lines[0];
  if (head === undefined || head.indent < INDENT_STEP || !NUMBERED.test(head.text)) return undefined;
  const base = head.indent;
  let end = start;
  let deeper = false;
  let topLevel = 0;
  while (end < groups.length) {
    const group = groups[end];
    if (group === undefined || !group.lines.every((l) => l.indent >= base)) break;
    for (const line of group.lines) {
      if (line.indent > base) deeper = true;
      else if (NUMBERED.test(line.text)) topLevel += 1;
    }
    end += 1;
  }
  return end - start >= 2 && deeper && topLevel >= 2 ? end : undefined;
}

/** Numbered lines that are a list inside a comment's body, not replies (see the loop). */
function bodyListFlags(lines: ContentLine[]): boolean[] {
  const flags = new Array<boolean>(lines.length).fill(false);
  // A numbered run followed, at its own indent, by an unnumbered line is part of the
  // body above it: replies only ever come after their parent's last paragraph.
  const plainAtIndent = new Map<number, boolean>();
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as ContentLine;
    for (const k of [...plainAtIndent.keys()]) if (k > line.indent) plainAtIndent.delete(k);
    if (NUMBERED.test(line.text)) flags[i] = plainAtIndent.get(line.indent) === true;
    else plainAtIndent.set(line.indent, true);
  }
  // A numbered run introduced by "...three basic elements:" one level deeper.
  let listIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ContentLine;
    const prev = lines[i - 1];
    if (line.indent < listIndent) listIndent = -1;
    if (!NUMBERED.test(line.text)) continue;
    if (line.indent === listIndent) flags[i] = true;
    else if (prev !== undefined && prev.text.endsWith(":") && line.indent > prev.indent) {
      flags[i] = true;
      listIndent = line.indent;
    }
  }
  return flags;
}

export function readThread(groups: LineGroup[]): RawBlock[] {
  const base = groups[0]?.lines[0]?.indent ?? 0;
  const lines = groups.flatMap((g) => g.lines);
  const firstOfGroup = new Set(groups.map((g) => g.lines[0]));
  const bodyList = bodyListFlags(lines);
  const out: RawBlock[] = [];
  let current: RawBlock | undefined;
  lines.forEach((line, i) => {
    const level = Math.round((line.indent - base) / INDENT_STEP);
    const numbered = NUMBERED.exec(line.text);
    if (numbered !== null && bodyList[i] !== true) {
      const raw = numbered[2] ?? "";
      current = { raw, fromLine: line.no, toLine: line.no, verse: false, widont: false, lineCount: 1, kind: "comment", depth: level, startsComment: true, label: numbered[1] };
      if (isAuthorLine(raw)) current.authorLine = true;
      out.push(current);
      return;
    }
    if (current !== undefined && !firstOfGroup.has(line) && numbered === null && continuesLine(current.raw, line.text)) {
      current.raw = joinLines(current.raw, line.text);
      current.toLine = line.no;
      current.lineCount += 1;
      return;
    }
    current = { raw: line.text, fromLine: line.no, toLine: line.no, verse: false, widont: false, lineCount: 1, kind: "comment", depth: Math.max(0, level - 1) };
    out.push(current);
  });
  return out;
}
