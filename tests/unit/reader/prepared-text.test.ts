import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/corpus/types";
import { prepareText, preparedTextOf } from "@/lib/reader/prepared-text";

describe("preparedTextOf", () => {
  const text = "Title\n\nTwo words";
  const blocks: Block[] = [
    { kind: "heading", start: 0, end: 5, level: 1 },
    { kind: "paragraph", start: 7, end: 16 },
  ];

  it("derives words, layout and contents from the version", () => {
    expect(prepareText({ text, blocks, marks: [], sections: [] })).toEqual({
      words: 3,
      layout: { kinds: "2p", lengths: [5, 9], marks: [], strings: [] },
      toc: [[0, 2]],
    });
  });

  it("computes a version once: a version's text never changes under its id", () => {
    const first = preparedTextOf({ versionId: "v-cache-test", text, blocks, marks: [], sections: [] });
    const again = preparedTextOf({ versionId: "v-cache-test", text: "Other", blocks: [], marks: [], sections: [] });
    expect(again).toBe(first);
    const other = preparedTextOf({ versionId: "v-cache-test-2", text: "Other", blocks: [{ kind: "paragraph", start: 0, end: 5 }], marks: [], sections: [] });
    expect(other.words).toBe(1);
  });
});
