import { describe, expect, it } from "vitest";
import { cslItem } from "@/lib/export/citation/csl-item";
import { htmlSegments } from "@/lib/export/citation/segments";
import { DENIERS, VOGIATZIS } from "./fixture-rows";

describe("a source as CSL-JSON", () => {
  it("splits a personal name, keeps the site's own spelling and reads partial dates", () => {
    expect(cslItem({ ...VOGIATZIS, published: "1997-09" })).toEqual({
      id: VOGIATZIS.id,
      type: "webpage",
      title: VOGIATZIS.title,
      author: [{ family: "Vogiatzis", given: "Panagiotis" }],
      "container-title": '<span class="nocase">xekinima.org</span>',
      URL: VOGIATZIS.url,
      issued: { "date-parts": [[1997, 9]] },
      language: "en",
    });
  });

  it("types blogs and encyclopedias, and leaves out what is unknown rather than guessing", () => {
    const blog = cslItem(DENIERS);
    expect(blog.type).toBe("post-weblog");
    expect(blog).not.toHaveProperty("author");
    expect(blog).not.toHaveProperty("URL");
    expect(cslItem({ ...DENIERS, kind: "encyclopedia article", published: "around 1937" })).toMatchObject({ type: "entry-encyclopedia" });
    expect(cslItem({ ...DENIERS, published: "around 1937" })).not.toHaveProperty("issued");
    expect(cslItem({ ...DENIERS, author: "John Simkin and Robert Conquest" }).author).toEqual([{ family: "Simkin", given: "John" }, { family: "Conquest", given: "Robert" }]);
    expect(cslItem({ ...DENIERS, author: "Society for Cultural Relations with the USSR" }).author).toEqual([{ literal: "Society for Cultural Relations with the USSR" }]);
  });
});

describe("citeproc's HTML as runs", () => {
  it("keeps italics and bold, decodes entities, drops other tags", () => {
    expect(htmlSegments('<div class="csl-entry">Simkin, John. <i>The Great Purge</i> &amp; <b>more</b>.</div>')).toEqual([
      { text: "Simkin, John. ", italic: false, bold: false },
      { text: "The Great Purge", italic: true, bold: false },
      { text: " & ", italic: false, bold: false },
      { text: "more", italic: false, bold: true },
      { text: ".", italic: false, bold: false },
    ]);
  });
});
