// Fixed annotations on real corpus text (file 002), for the interchange formats' tests.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describeRange } from "@/lib/anchoring";
import type { InterchangeAnnotation, InterchangeLink } from "@/lib/interchange/model";

export const CORPUS_TEXT = readFileSync(path.resolve("prisma/corpus/002_fba6f277ba2da556.txt"), "utf8");
export const BASE = { origin: "https://palimpsest.example.org" };

function at(phrase: string): ReturnType<typeof describeRange> {
  const start = CORPUS_TEXT.indexOf(phrase);
  if (start < 0) throw new Error(`phrase not in corpus: ${phrase}`);
  return describeRange(CORPUS_TEXT, start, start + phrase.length);
}

const source = { slug: "trial-of-the-16", title: "The “Trial of the 16”", versionId: "ver2" };

export const CLAIM: InterchangeAnnotation = {
  id: "ann-claim",
  source,
  layer: "apologist_claim",
  visibility: "public",
  ...at("Kirov was not “a third-rate bureaucrat”"),
  body: {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "Compare " }, { type: "text", text: "Trotsky", marks: [{ type: "bold" }] }, { type: "text", text: " & <the> Politburo." }] },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "a list item" }] }] }] },
    ],
  },
  bodyText: "Compare Trotsky & <the> Politburo.\n\n- a list item",
  tags: ["Kirov", "1934"],
  creator: { name: "Анна Ахматова" },
  created: "2026-11-30T10:00:00.000Z",
  modified: "2026-11-30T11:30:00.000Z",
  citation: { archive: "RGASPI", fond: "17", opis: "3", delo: "1", list: "12", publishedIn: null, documentDate: "1934-12-01", url: null },
};

export const FINDING: InterchangeAnnotation = {
  ...CLAIM,
  id: "ann-finding",
  layer: "archival_finding",
  visibility: "group",
  ...at("Hundreds of people were condemned in summary procedures"),
  body: { type: "doc", content: [{ type: "paragraph" }] },
  bodyText: "",
  tags: [],
  citation: null,
};

export const LINK: InterchangeLink = {
  id: "link-1",
  kind: "refutes",
  note: "The NKVD files say otherwise.",
  from: { id: FINDING.id, sourceSlug: source.slug },
  to: { id: CLAIM.id, sourceSlug: source.slug },
  creator: { name: "Reader" },
  created: "2026-11-30T12:00:00.000Z",
};
