import { describe, expect, it } from "vitest";
import { parseArchivalCitations } from "@/lib/citations";
import { corpusText, withoutOffsets } from "./corpus";

const text = corpusText("000");

const AP_RF_456 = { archive: "AP RF", fond: "3", opis: "24", delo: "456" } as const;
const case_ = (delo: string, volume: string | undefined, list: string | undefined) => ({
  caseType: "archival case" as const,
  delo,
  ...(volume === undefined ? {} : { volume }),
  ...(list === undefined ? {} : { list }),
});
const REABILITATSIYA = { title: "Reabilitatsiya: kak eto bylo", volume: "2", year: "2003" } as const;
const MATERIALS_RTB = 'Materials of the inspection of the case of the "Right-Trotskyist bloc"';
const PRAVO_TB = 'materials of the inspection of the case of "Pravo-Trotskyist bloc"';

// Every citation of 000 in reading order, as the file writes it.
const EXPECTED = [
  { kind: "archival", raw: "Ibid. [TsA FSB. F. 3., Op. 5, D. 953]. L.262", archive: "TsA FSB", fond: "3", opis: "5", delo: "953", list: "262" },
  { kind: "archival", raw: "AP RF. F. 3, Op. 24, D. 456, L. 107", ...AP_RF_456, list: "107" },
  { kind: "archival", raw: "Ibid.", ibid: true, ...AP_RF_456, list: "107" },
  { kind: "archival", raw: "AP RF. F. 3, Op. 24, D. 456, L. 95", ...AP_RF_456, list: "95" },
  {
    kind: "published",
    raw: "in N. V. Petrov, Pervyj predsedatel' KGB Ivan Serov, 2005, pp. 313-315",
    title: "N. V. Petrov, Pervyj predsedatel' KGB Ivan Serov",
    year: "2005",
    pages: "313-315",
  },
  { kind: "published", raw: "in Reabilitatsiya: kak eto bylo, vol. 2, 2003, p. 207", ...REABILITATSIYA, pages: "207" },
  { kind: "published", raw: "in Reabilitatsiya: kak eto bylo, vol. 2, 2003, p. 294", ...REABILITATSIYA, pages: "294" },
  {
    kind: "published",
    raw: "in Reabilitatsiya: kak eto bylo, vol. 2, 2003, pp. 559, 566, 568, 627, 628",
    ...REABILITATSIYA,
    pages: "559, 566, 568, 627, 628",
  },
  {
    kind: "published",
    raw: "Materials of the inspection of the case of the Right-Trotskyist Block, vol. 3, p. 48",
    title: "Materials of the inspection of the case of the Right-Trotskyist Block",
    volume: "3",
    pages: "48",
  },
  { kind: "published", raw: `${MATERIALS_RTB}, vol. 6, pp. 65-93, 104-128`, title: MATERIALS_RTB, volume: "6", pages: "65-93, 104-128" },
  {
    kind: "published",
    raw: 'Materials of the inspection of the case of the "Anti-Soviet Trotskyist Center", vol. 12, pp. 1-47',
    title: 'Materials of the inspection of the case of the "Anti-Soviet Trotskyist Center"',
    volume: "12",
    pages: "1-47",
  },
  {
    kind: "archival",
    raw: "Archive of the Central Committee of the Communist Party of the Soviet Union, Ezhov's archive, d. 217",
    archive: "Archive of the CC CPSU",
    collection: "Ezhov's archive",
    delo: "217",
  },
  { kind: "published", raw: `${PRAVO_TB}, vol. 5, p. 46-54, 138`, title: PRAVO_TB, volume: "5", pages: "46-54, 138" },
  { kind: "published", raw: "vol. 8, p. 64, 78", title: PRAVO_TB, volume: "8", pages: "64, 78" },
  { kind: "published", raw: "in Reabilitatsiya: kak eto bylo, vol. 2, 2003, p. 463", ...REABILITATSIYA, pages: "463" },
  {
    kind: "published",
    raw: "in Protsess Bukharina. 1938 g. Sbornik dokumentov, 2013, pp. 852-858",
    title: "Protsess Bukharina. 1938 g. Sbornik dokumentov",
    year: "2013",
    pages: "852-858",
  },
  { kind: "case", raw: "arch. case No. 300956, vol. 9, p. 181", ...case_("300956", "9", "181") },
  { kind: "case", raw: "Ibid., p. 322", ibid: true, ...case_("300956", "9", "322") },
  { kind: "case", raw: "arch. case No. 300956, vol. 9, pp. 239-240", ...case_("300956", "9", "239-240") },
  { kind: "case", raw: "arch. case No. 101492, vol. 1. p. 27", ...case_("101492", "1", "27") },
  { kind: "case", raw: "arch. case No. 101492, vol. 2, p. 83-84", ...case_("101492", "2", "83-84") },
  { kind: "case", raw: "ibid., vol. 1, p.d. 22", ibid: true, ...case_("101492", "1", "22") },
  { kind: "case", raw: "arch. case No. 967389", ...case_("967389", undefined, undefined) },
  { kind: "case", raw: "Supervision proceedings #7343-9, p. 6", caseType: "supervision proceedings", delo: "7343-9", list: "6" },
  { kind: "case", raw: "Supervision proceedings, No. 7343-9, p. 26", caseType: "supervision proceedings", delo: "7343-9", list: "26" },
  { kind: "case", raw: "arch. case No. 975181, vol. 2, p. 62", ...case_("975181", "2", "62") },
  { kind: "case", raw: "arch. case No. 101492, vol. 1, p.d. 27", ...case_("101492", "1", "27") },
  { kind: "case", raw: "arch. case No. 300956, vol. 9, p. 321", ...case_("300956", "9", "321") },
  { kind: "case", raw: "ibid., p. 322", ibid: true, ...case_("300956", "9", "322") },
  { kind: "case", raw: "ibid., vol. II, ld 61", ibid: true, ...case_("300956", "II", "61") },
  { kind: "case", raw: "arch. case No. 300956, vol. 9, p. 324", ...case_("300956", "9", "324") },
  { kind: "case", raw: "arch. case No. 982027, vol. 1, pp. 222-223", ...case_("982027", "1", "222-223") },
  { kind: "case", raw: "arch. case No. 982027, vol. 1, pp. 30-31", ...case_("982027", "1", "30-31") },
  { kind: "case", raw: "arch. case No. 300956, vol. 7, p. 325", ...case_("300956", "7", "325") },
  { kind: "case", raw: "arch. case No. 300956, vol. 7, p. 325", ...case_("300956", "7", "325") },
  { kind: "published", raw: `${MATERIALS_RTB}, vol. 6, pp. 65-93, 104-128`, title: MATERIALS_RTB, volume: "6", pages: "65-93, 104-128" },
];

describe("parseArchivalCitations on 000 (the rebuttal blog)", () => {
  const found = parseArchivalCitations(text);

  it("the expected citations are the file's own text", () => {
    for (const { raw } of EXPECTED) expect(text).toContain(raw);
  });

  it("finds every citation the file holds, in order, with its fields", () => {
    expect(withoutOffsets(found)).toEqual(EXPECTED);
  });

  it("gives offsets into the text", () => {
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.raw);
    const first = found[0];
    expect(first?.start).toBe(text.indexOf("Ibid. [TsA FSB. F. 3., Op. 5, D. 953]. L.262"));
  });

  it("leaves out the Ibid that follows a source it does not index", () => {
    // "(Court report, pp. 54, 58)" comes between arch. case No. 982027 and "(ibid., p. 146)".
    expect(text).toContain("(Court report, pp. 54, 58)");
    expect(text).toContain("(ibid., p. 146)");
    expect(found.some((c) => c.raw === "ibid., p. 146")).toBe(false);
  });
});
