import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import { bibtexFormat, cslJsonFormat, risFormat } from "@/lib/export/formats/references";
import { batchesOf, bytesOf, context, DENIERS, ROWS, VOGIATZIS } from "./fixture-rows";

const text = async (format: typeof bibtexFormat, size = 1) => (await bytesOf(format.write(batchesOf([...ROWS, ROWS[0]!], size), context()))).toString("utf8");

describe("sources for reference managers", () => {
  it("writes each source once as CSL-JSON, with the author split, the partial date and the URL", async () => {
    const items = JSON.parse(await text(cslJsonFormat)) as Record<string, unknown>[];
    expect(items.map((i) => i.id)).toEqual([VOGIATZIS.slug, DENIERS.slug]);
    expect(items[0]).toMatchObject({ type: "webpage", title: VOGIATZIS.title, author: [{ given: "Panagiotis", family: "Vogiatzis" }], URL: VOGIATZIS.url, "container-title": "xekinima.org", accessed: { "date-parts": [[2026, 12, 1]] } });
    // No URL of its own: the reader's address stands in; a blog post is a post-weblog.
    expect(items[1]).toMatchObject({ type: "post-weblog", URL: DENIERS.readerUrl, issued: { "date-parts": [[2019, 8, 25]] } });
    expect(JSON.parse(await text(cslJsonFormat, 5))).toEqual(items);
  });

  it("writes BibTeX that citation-js reads back to the same titles, authors and URLs", async () => {
    const bib = await text(bibtexFormat);
    const back = JSON.parse(new Cite(bib).format("data")) as { title: string; author?: { family?: string }[]; URL: string }[];
    expect(back.map((b) => [b.title, b.author?.[0]?.family, b.URL])).toEqual([
      [VOGIATZIS.title, "Vogiatzis", VOGIATZIS.url],
      [DENIERS.title, undefined, DENIERS.readerUrl],
    ]);
  });

  it("writes RIS records with their type, title, author and URL", async () => {
    // RIS continues a long value on the next line, indented; Zotero joins them.
    const ris = (await text(risFormat)).replace(/\n (?=\S)/g, " ");
    const records = ris.split(/^ER {2}- ?$/m).filter((r) => r.trim() !== "");
    expect(records).toHaveLength(2);
    expect(records[0]).toMatch(/^TY {2}- ELEC$/m);
    expect(records[0]).toMatch(/^AU {2}- Vogiatzis, Panagiotis$/m);
    expect(records[0]).toContain(`UR  - ${VOGIATZIS.url}`);
    expect(records[1]).toContain(`TI  - ${DENIERS.title}`);
    expect(ris).not.toMatch(/^VL {2}-/m);
  });
});
