import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateBody } from "@/lib/annotations/body";
import { markdownFormat } from "@/lib/export/formats/markdown";
import { noteMarkdown } from "@/lib/export/markdown/note-markdown";
import { editorTypes, EVERY_NODE_NOTE, typesUsed } from "./every-node-note";
import { batchesOf, bytesOf, context, ROWS } from "./fixture-rows";

const GOLDEN = path.resolve("tests/unit/export/golden/annotations.md");

describe("Markdown from a note", () => {
  it("the fixture note is one the server accepts, and uses every node and mark the editor allows", () => {
    expect(validateBody(EVERY_NODE_NOTE).ok).toBe(true);
    expect(typesUsed(EVERY_NODE_NOTE)).toEqual(editorTypes());
  });

  it("renders each node and mark as CommonMark", () => {
    expect(noteMarkdown(EVERY_NODE_NOTE)).toBe(
      [
        "Vyshinsky **insists** on the *centre*\\",
        "see [the transcript](<https://example.org/transcript>)",
        "",
        "> Smirnov: But what centre …?",
        "",
        "- Радек",
        "- Pyatakov",
        "",
        "3. first trial, 1936",
        "4. \\# not a heading \\*nor\\* emphasis",
      ].join("\n"),
    );
  });

  it("keeps nested lists and quotes apart", () => {
    const doc = {
      type: "doc" as const,
      content: [
        {
          type: "bulletList",
          content: [
            { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "outer" }] }, { type: "orderedList", attrs: { start: 1, type: null }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "inner" }] }] }] }] },
          ],
        },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "a" }] }, { type: "paragraph", content: [{ type: "text", text: "b" }] }] },
      ],
    };
    expect(noteMarkdown(doc)).toBe("- outer\n\n  1. inner\n\n> a\n>\n> b");
  });

  it("refuses a node the editor does not have rather than dropping it", () => {
    expect(() => noteMarkdown({ type: "doc", content: [{ type: "heading", content: [{ type: "text", text: "x" }] }] })).toThrow(/unknown block heading/);
  });
});

describe("Markdown export", () => {
  it("matches the golden file: block quotes, layers, notes, tags, links, citations, Chicago citations and the bibliography", async () => {
    const text = (await bytesOf(markdownFormat.write(batchesOf(ROWS, 1), context()))).toString("utf8");
    expect(text).toBe(await readFile(GOLDEN, "utf8"));
  }, 120_000);
});
