import { describe, expect, it } from "vitest";
import { parseArchivalCitations, type Citation } from "@/lib/citations";
import { citationFieldsOf, citationInputOf, citationNear, EMPTY_CITATION_FIELDS, savedCitationFields } from "@/lib/reader/citation-prefill";
import type { ReaderCitation } from "@/lib/sources/types";
import { corpusText } from "../citations/corpus";

// The reader gets stored citations; these are built the same way from the parser's output.
function readerCitation(c: Citation): ReaderCitation {
  const none = { archive: null, fond: null, opis: null, delo: null, volume: null, list: null, title: null, year: null, pages: null };
  return { ...none, ...c, ibid: c.ibid === true };
}

const text = corpusText("000");
const citations = parseArchivalCitations(text).map(readerCitation);
const at = (phrase: string) => {
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`000 lacks ${phrase}`);
  return { start, end: start + phrase.length };
};

describe("citationNear", () => {
  it("finds the citation a selection holds", () => {
    const { start, end } = at("up to and including olives\" [AP RF. F. 3, Op. 24, D. 456, L. 107.]");
    expect(citationNear(citations, start, end)?.raw).toBe("AP RF. F. 3, Op. 24, D. 456, L. 107");
  });

  it("finds the citation right after a selected sentence, and none a few words away", () => {
    const { start, end } = at("up to and including olives\"");
    expect(citationNear(citations, start, end)?.list).toBe("107");
    const further = at("up to and including");
    expect(citationNear(citations, further.start, further.end)).toBeUndefined();
  });
});

describe("citationFieldsOf", () => {
  it("fills archive, fond, opis, delo and list from an archival reference", () => {
    const c = citations.find((x) => x.raw === "AP RF. F. 3, Op. 24, D. 456, L. 107")!;
    expect(citationFieldsOf(c)).toEqual({ ...EMPTY_CITATION_FIELDS, archive: "AP RF", fond: "3", opis: "24", delo: "456", list: "107" });
  });

  it("writes a case file's number and volume, and a published work's title, volume and year", () => {
    const kase = citations.find((x) => x.kind === "case" && x.volume === "9" && x.list === "324")!;
    expect(citationFieldsOf(kase)).toMatchObject({ archive: "", delo: "case No. 300956", list: "vol. 9, p. 324" });
    const book = citations.find((x) => x.raw === "in Reabilitatsiya: kak eto bylo, vol. 2, 2003, p. 294")!;
    expect(citationFieldsOf(book)).toMatchObject({ publishedIn: "Reabilitatsiya: kak eto bylo, vol. 2, 2003", list: "294" });
  });

  it("sends no citation when the user cleared every field", () => {
    expect(citationInputOf(EMPTY_CITATION_FIELDS)).toBeNull();
    expect(citationInputOf({ ...EMPTY_CITATION_FIELDS, archive: " GARF " })).toEqual({ ...Object.fromEntries(Object.keys(EMPTY_CITATION_FIELDS).map((k) => [k, null])), archive: "GARF" });
  });
});

describe("savedCitationFields", () => {
  it("puts a saved note's citation in the form's fields, and round-trips through the API's input", () => {
    const saved = { archive: "RGASPI", fond: "17", opis: "162", delo: "22", list: "15ob", publishedIn: null, documentDate: null, url: null };
    const fields = savedCitationFields(saved);
    expect(fields).toEqual({ ...EMPTY_CITATION_FIELDS, archive: "RGASPI", fond: "17", opis: "162", delo: "22", list: "15ob" });
    expect(citationInputOf(fields)).toEqual(saved);
    expect(savedCitationFields(null)).toEqual(EMPTY_CITATION_FIELDS);
  });
});
