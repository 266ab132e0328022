import { describe, expect, it } from "vitest";
import { parseCapture } from "@/lib/corpus";
import { isAuthorLine } from "@/lib/corpus/comment-threads";
import { readBlocks } from "@/lib/sources/stored-document";
import { headingLevels, nestToc, tocHeads } from "@/lib/reader/toc";
import { FILES, parsed } from "./fixtures";

// Reader comments keep what tells one from the next: the capture's number, where a
// comment starts, its author line, and the thread gets an entry in the contents.

describe("reader comments of capture 000", () => {
  const doc = parsed(FILES.f000);
  const starts = doc.blocks.filter((b) => b.kind === "comment" && b.startsComment === true);

  it("keep the capture's numbering, top level and replies", () => {
    expect(starts.length).toBe(41);
    expect(starts.slice(0, 5).map((b) => [b.label, b.depth])).toEqual([["1", 0], ["2", 0], ["3", 0], ["4", 0], ["5", 0]]);
    // "    1. Astrov in 1968:" is the first reply to comment 5.
    const astrov = starts.find((b) => doc.text.slice(b.start, b.end) === "Astrov in 1968:");
    expect([astrov?.label, astrov?.depth]).toEqual(["1", 1]);
  });

  it("survive being stored and read back (where each comment starts, and its number)", () => {
    const back = readBlocks(JSON.parse(JSON.stringify(doc.blocks)));
    expect(back.filter((b) => b.startsComment === true).map((b) => b.label)).toEqual(starts.map((b) => b.label));
  });

  it("are one contents entry, Comments (N)", () => {
    const levels = headingLevels(doc.blocks, doc.sections);
    const entries = nestToc(doc.text, doc.blocks, tocHeads(doc.blocks, doc.sections, levels));
    const first = doc.blocks.findIndex((b) => b.kind === "comment");
    expect(entries.at(-1)).toEqual({ title: "Comments (41)", href: `#b-${first}`, children: [] });
  });
});

describe("a comment's author line", () => {
  it.each(["Anonymous said...", "Sergey Romanov said…", "Mike Jones wrote:", "Anna 25 August 2019 at 13:45", "Snup Bolshevick · August 25, 2019 at 1:45 PM"])(
    "is recognised: %s",
    (line) => expect(isAuthorLine(line)).toBe(true),
  );

  it.each(["Astrov in 1968:", "Since I merely quote documents, the claim that I ignore something is simply deceptive.", "He said it on 5 March 1953."])(
    "is not prose: %s",
    (line) => expect(isAuthorLine(line)).toBe(false),
  );

  it("is marked on the comment it heads", () => {
    const capture = [
      "A post.",
      "",
      "",
      "  1. Anna said...",
      "",
      "    The trials were staged.",
      "",
      "    1. Boris said...",
      "",
      "      They were not.",
      "",
      "  2. Clara said...",
      "",
      "    Read the archives.",
      "",
    ].join("\n");
    const doc = parseCapture(capture, "txt");
    const comments = doc.blocks.filter((b) => b.kind === "comment").map((b) => [doc.text.slice(b.start, b.end), b.label ?? "", b.authorLine === true]);
    expect(comments).toEqual([
      ["Anna said...", "1", true],
      ["The trials were staged.", "", false],
      ["Boris said...", "1", true],
      ["They were not.", "", false],
      ["Clara said...", "2", true],
      ["Read the archives.", "", false],
    ]);
  });
});
