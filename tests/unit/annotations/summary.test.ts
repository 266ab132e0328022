import { describe, expect, it } from "vitest";
import type { AnnotationDto, AnnotationListDto } from "@/lib/annotations/dto";
import { listRowOf, NOTE_MAX, QUOTE_MAX, snippet, summariesOf, summaryOf } from "@/lib/annotations/summary";
import { corpusText } from "../anchoring/corpus";
import { annotationDto } from "../support/annotation-dto";

const TEXT = corpusText("001");

/** snippet as it was before it flattened only a long text's head: the whole text, every time. */
function wholeSnippet(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function full(id: string, start: number, end: number, over: Partial<AnnotationDto> = {}): AnnotationDto {
  return annotationDto({
    id,
    visibility: "public",
    start,
    end,
    exact: TEXT.slice(start, end),
    bodyText: `Note on ${id}`,
    createdAt: "2026-11-24T10:00:00.123Z",
    updatedAt: "2026-11-24T10:00:00.123Z",
    can: { edit: false, delete: false, reply: false, link: false, visibilities: ["group"] },
    ...over,
  });
}

/** What the list endpoint makes of full annotations (list-annotations.ts does it from its query's columns). */
function listOf(annotations: AnnotationDto[]): AnnotationListDto {
  const authors = [...new Map(annotations.map((a) => [a.author.id, a.author])).values()];
  const rows = annotations.map((a) =>
    listRowOf(a, authors.findIndex((p) => p.id === a.author.id), Date.parse(a.createdAt), a.replyCount),
  );
  return { authors, annotations: rows, orphanCount: annotations.filter((a) => a.anchorStatus === "orphaned").length, next: null };
}

describe("snippet", () => {
  it("cuts a long text exactly as flattening all of it did", () => {
    const paragraphs = TEXT.split("\n\n");
    const samples = [
      TEXT,
      `  \n ${TEXT.slice(0, 5000)}`,
      ...paragraphs.slice(0, 200),
      // A head of spaces longer than the part flattened first, then the words.
      `${" \n\t".repeat(400)}${paragraphs[3]}`,
      // A run of spaces across the head's end.
      `${"word ".repeat(127)}wor${" ".repeat(300)}d and more ${"words ".repeat(50)}`,
      `${"x".repeat(639)}\n\n\n${"y".repeat(500)}`,
    ];
    for (const max of [NOTE_MAX, QUOTE_MAX, 10]) {
      for (const sample of samples) expect(snippet(sample, max)).toBe(wholeSnippet(sample, max));
    }
  });
});

describe("the list's rows", () => {
  const at = (phrase: string) => TEXT.indexOf(phrase);
  const long = at("Moscow Trials");
  const annotations = [
    full("a", long, long + 400, { tags: ["NKVD"], replyCount: 2 }),
    full("b", at("Moscow"), at("Moscow") + 6, { author: { id: "u2", name: "Bo" }, visibility: "group", version: 3 }),
    full("c", long, long + 30, { layer: "archival_finding", bodyText: `  ${"A long note. ".repeat(40)}` }),
    // An orphan's positions no longer name its quote in the text: the row carries it.
    full("d", 0, 40, { anchorStatus: "orphaned", exact: "A passage of an earlier version of this text, since removed." }),
  ];

  it("make the same summaries as the full annotations do, with the reader's text", () => {
    expect(summariesOf(listOf(annotations), TEXT)).toEqual(annotations.map(summaryOf));
  });

  it("name each author once and send only the orphans' quotes", () => {
    const list = listOf(annotations);
    expect(list.authors).toEqual([{ id: "u1", name: "Ann" }, { id: "u2", name: "Bo" }]);
    expect(list.annotations.map(([, author]) => author)).toEqual([0, 1, 0, 0]);
    expect(list.annotations.map((row) => row[12])).toEqual([undefined, undefined, undefined, "A passage of an earlier version of this text, since removed."]);
    const summaries = summariesOf(list, TEXT);
    expect(summaries[0]?.author).toBe(summaries[2]?.author);
  });

  it("keep the creation time to the millisecond, as the order of equal passages needs", () => {
    const [row] = listOf([full("a", 0, 5, { createdAt: "2026-11-24T10:00:00.123Z" })]).annotations;
    expect(row?.[10]).toBe(Date.UTC(2026, 10, 24, 10, 0, 0, 123));
  });
});
