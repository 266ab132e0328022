import { describe, expect, it } from "vitest";
import { canonicalArchive, parseArchivalCitations } from "@/lib/citations";
import { withoutOffsets } from "./corpus";

const parse = (text: string) => withoutOffsets(parseArchivalCitations(text));

describe("archival references", () => {
  it("reads the Russian standard's period-separated form, in Cyrillic", () => {
    expect(parse("ГАРФ. Ф. Р-9401. Оп. 2. Д. 64. Л. 5–7об.")).toEqual([
      { kind: "archival", raw: "ГАРФ. Ф. Р-9401. Оп. 2. Д. 64. Л. 5–7об.", archive: "GARF", fond: "R-9401", opis: "2", delo: "64", list: "5-7ob" },
    ]);
  });

  it("reads a fond-opis-delo chain without an archive", () => {
    expect(parse("Ф. 2. Оп. 1. Д. 1.")).toEqual([{ kind: "archival", raw: "Ф. 2. Оп. 1. Д. 1", fond: "2", opis: "1", delo: "1" }]);
  });

  it("reads comma-separated Latin forms, in brackets or not, several in one sentence", () => {
    expect(parse("See GA RF, f. R-5446, op. 1, d. 2, l. 4 and (APRF, f. 3, op. 58, d. 212, ll. 55, 56).")).toEqual([
      { kind: "archival", raw: "GA RF, f. R-5446, op. 1, d. 2, l. 4", archive: "GARF", fond: "R-5446", opis: "1", delo: "2", list: "4" },
      { kind: "archival", raw: "APRF, f. 3, op. 58, d. 212, ll. 55, 56", archive: "AP RF", fond: "3", opis: "58", delo: "212", list: "55, 56" },
    ]);
  });

  it("carries the archive, and the levels above the first one written, across ';'", () => {
    expect(parse("(RGASPI, f. 17, op. 3, d. 1048, ll. 11, 12; f. 558, op. 11, d. 5, l. 3ob.; d. 6)")).toEqual([
      { kind: "archival", raw: "RGASPI, f. 17, op. 3, d. 1048, ll. 11, 12", archive: "RGASPI", fond: "17", opis: "3", delo: "1048", list: "11, 12" },
      { kind: "archival", raw: "f. 558, op. 11, d. 5, l. 3ob.", archive: "RGASPI", fond: "558", opis: "11", delo: "5", list: "3ob" },
      { kind: "archival", raw: "d. 6", archive: "RGASPI", fond: "558", opis: "11", delo: "6" },
    ]);
  });

  it("reads storage units, boxes, volumes, versos with a space and word markers", () => {
    expect(parse("RGAE, f. 7733, op. 1, ed. khr. 5, l. 2")).toMatchObject([{ archive: "RGAE", fond: "7733", opis: "1", delo: "5", list: "2" }]);
    expect(parse("РГАЛИ. Ф. 1. Оп. 1. Ед. хр. 12. Л. 3 об.")).toMatchObject([{ archive: "RGALI", delo: "12", list: "3ob" }]);
    expect(parse("RGVA, f. 4, op. 14, k. 3, d. 1, t. 2, l. 8")).toMatchObject([{ fond: "4", opis: "14", box: "3", delo: "1", volume: "2", list: "8" }]);
    expect(parse("RGASPI fond 17, opis 3, delo 1048, list 5")).toMatchObject([{ fond: "17", opis: "3", delo: "1048", list: "5" }]);
    expect(parse("TsKhSD, f. 89, per. 48, d. 12")).toMatchObject([{ archive: "RGANI", fond: "89", opis: "48", delo: "12" }]);
  });

  it("reads the fond/opis/delo shorthand after an archive", () => {
    expect(parse("RTsKhIDNI 17/162/21, l. 5")).toEqual([
      { kind: "archival", raw: "RTsKhIDNI 17/162/21, l. 5", archive: "RGASPI", fond: "17", opis: "162", delo: "21", list: "5" },
    ]);
  });

  it("gives a new citation when a level repeats without ';'", () => {
    expect(parse("AP RF, f. 3, op. 24, d. 456, l. 107, f. 45, op. 1, d. 9")).toMatchObject([
      { archive: "AP RF", fond: "3", list: "107" },
      { fond: "45", opis: "1", delo: "9" },
    ]);
  });

  it("normalises every spelling of an archive to one id and keeps the text in raw", () => {
    const ids = ["AP RF", "APRF", "АП РФ", "GARF", "GA RF", "ГАРФ", "ГА РФ", "TsA FSB", "ЦА ФСБ России", "RGASPI", "РГАСПИ", "RTsKhIDNI"].map(canonicalArchive);
    expect(ids).toEqual(["AP RF", "AP RF", "AP RF", "GARF", "GARF", "GARF", "GARF", "TsA FSB", "TsA FSB", "RGASPI", "RGASPI", "RGASPI"]);
    expect(parse("ЦА ФСБ России. Ф. 3. Оп. 5. Д. 953. Л. 262")).toMatchObject([{ archive: "TsA FSB", raw: "ЦА ФСБ России. Ф. 3. Оп. 5. Д. 953. Л. 262" }]);
    for (const archive of ["RGVA", "RGANI", "RGAE", "RGALI", "RGIA", "RGVIA", "TsAMO"]) {
      expect(parse(`${archive}, f. 1, op. 2, d. 3`)).toMatchObject([{ archive, fond: "1", opis: "2", delo: "3" }]);
    }
  });

  it("keeps offsets into the text it was given", () => {
    const text = "Text before. «GARF, f. R-9401, op. 2, d. 64, l. 1» and after.";
    const [c] = parseArchivalCitations(text);
    expect(c === undefined ? undefined : text.slice(c.start, c.end)).toBe("GARF, f. R-9401, op. 2, d. 64, l. 1");
  });
});

describe("case files and published works", () => {
  it("reads a case file in Russian", () => {
    expect(parse("арх. уг. дело № 300956, т. 9, л. 324")).toEqual([
      { kind: "case", raw: "арх. уг. дело № 300956, т. 9, л. 324", caseType: "archival case", delo: "300956", volume: "9", list: "324" },
    ]);
  });

  it("reads a published work in the Russian standard's form", () => {
    expect(parse("Реабилитация: как это было. Т. 2. М., 2003. С. 294.")).toEqual([
      { kind: "published", raw: "Реабилитация: как это было. Т. 2. М., 2003. С. 294", title: "Реабилитация: как это было", volume: "2", year: "2003", pages: "294" },
    ]);
  });
});
