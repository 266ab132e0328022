import { describe, expect, it } from "vitest";
import { locateSnippet, MARK_END, MARK_START, parseHeadline, plainSnippet } from "@/lib/search/snippet";

const PASSAGE = "Rakovsky, the former ambassador, confessed; Rakovsky's confession was read aloud.";
const mark = (word: string) => `${MARK_START}${word}${MARK_END}`;

describe("ts_headline's markers as ranges", () => {
  it("strips the markers and keeps where each marked word is", () => {
    const snippet = parseHeadline(`${mark("Rakovsky")}, the former ambassador, ${mark("confessed")}; ${mark("Rakovsky")}'s`);
    expect(snippet.text).toBe("Rakovsky, the former ambassador, confessed; Rakovsky's");
    expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(["Rakovsky", "confessed", "Rakovsky"]);
    expect(locateSnippet(PASSAGE, snippet)).toBe(0);
  });

  it("places a snippet cut from the middle of its passage", () => {
    const snippet = parseHeadline(`former ambassador, ${mark("confessed")}`);
    const at = locateSnippet(PASSAGE, snippet);
    expect(at).toBe(PASSAGE.indexOf("former"));
    expect(PASSAGE.slice(at! + snippet.highlights[0]!.start, at! + snippet.highlights[0]!.end)).toBe("confessed");
  });

  it("keeps markup in the text as text, never as markup", () => {
    const snippet = parseHeadline(`<b>not bold</b> ${mark("<script>")}`);
    expect(snippet.text).toBe("<b>not bold</b> <script>");
    expect(snippet.highlights).toEqual([{ start: 16, end: 24 }]);
  });

  it("drops an empty or unclosed mark, and refuses to place text holding a marker of its own", () => {
    expect(parseHeadline(`a ${MARK_START}${MARK_END}b ${MARK_START}c`).highlights).toEqual([]);
    expect(locateSnippet(`odd ${MARK_START} text`, parseHeadline("odd"))).toBeNull();
    expect(locateSnippet(PASSAGE, parseHeadline("not in it"))).toBeNull();
  });

  it("shortens a passage without a headline at a word", () => {
    expect(plainSnippet(PASSAGE, 30)).toEqual({ text: "Rakovsky, the former…", highlights: [] });
    expect(plainSnippet("short", 30).text).toBe("short");
  });
});
