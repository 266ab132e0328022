import { describe, expect, it } from "vitest";
import { parseArchivalCitations } from "@/lib/citations";
import { IBID_REACH } from "@/lib/citations/ibid";
import { withoutOffsets } from "./corpus";

const parse = (text: string) => withoutOffsets(parseArchivalCitations(text));
const TSA = { archive: "TsA FSB", fond: "3", opis: "5" } as const;

describe("Ibid.", () => {
  it("carries the citation before and replaces the levels it writes", () => {
    expect(parse("TsA FSB RF, f. 3, op. 5, d. 953, l. 262. Ibid., d. 954, l. 3. Ibid. L. 4 ob.")).toEqual([
      { kind: "archival", raw: "TsA FSB RF, f. 3, op. 5, d. 953, l. 262", ...TSA, delo: "953", list: "262" },
      { kind: "archival", raw: "Ibid., d. 954, l. 3", ibid: true, ...TSA, delo: "954", list: "3" },
      { kind: "archival", raw: "Ibid. L. 4 ob.", ibid: true, ...TSA, delo: "954", list: "4ob" },
    ]);
  });

  it("reads the Russian 'Там же'", () => {
    expect(parse("[АП РФ. Ф. 3. Оп. 24. Д. 456. Л. 107.] Там же. Л. 108 об.")).toMatchObject([
      { archive: "AP RF", list: "107" },
      { raw: "Там же. Л. 108 об.", ibid: true, archive: "AP RF", fond: "3", opis: "24", delo: "456", list: "108ob" },
    ]);
  });

  it("drops the old page of a case file when it names another volume", () => {
    expect(parse("(arch. case No. 300956, vol. 9, p. 181) ... (ibid., vol. 2)")).toMatchObject([
      { delo: "300956", volume: "9", list: "181" },
      { kind: "case", ibid: true, delo: "300956", volume: "2" },
    ]);
    expect(parse("(arch. case No. 300956, vol. 9, p. 181) ... (ibid., vol. 2)")[1]).not.toHaveProperty("list");
  });

  it("follows a published work with new pages", () => {
    expect(parse("(A History of the USSR, volume 3, p. 307) and (Ibid., p. 308)")).toMatchObject([
      { kind: "published", pages: "307" },
      { kind: "published", ibid: true, title: "A History of the USSR", volume: "3", pages: "308" },
    ]);
  });

  it("is left out when another source was cited in between, and so is the Ibid after it", () => {
    const text = "(arch. case No. 982027, vol. 1, pp. 30-31) then (Court report, pp. 54, 58) then (ibid., p. 146) and (Ibid.)";
    expect(parse(text)).toMatchObject([{ kind: "case", delo: "982027" }]);
    expect(parse("GARF, f. 5, op. 1, d. 2. Smith, op. cit. Ibid.")).toHaveLength(1);
  });

  it("is left out when it comes more than a few pages of text after its citation", () => {
    const near = `GARF, f. 5, op. 1, d. 2. ${"x".repeat(IBID_REACH - 10)} Ibid.`;
    const far = `GARF, f. 5, op. 1, d. 2. ${"x".repeat(IBID_REACH + 10)} Ibid.`;
    expect(parse(near)).toHaveLength(2);
    expect(parse(far)).toHaveLength(1);
  });

  it("introducing an archive of its own is part of that citation, not a reference back", () => {
    expect(parse("GARF, f. 1, op. 1, d. 1. [Ibid. [TsA FSB. F. 3., Op. 5, D. 953]. L.262]")).toEqual([
      { kind: "archival", raw: "GARF, f. 1, op. 1, d. 1", archive: "GARF", fond: "1", opis: "1", delo: "1" },
      { kind: "archival", raw: "Ibid. [TsA FSB. F. 3., Op. 5, D. 953]. L.262", ...TSA, delo: "953", list: "262" },
    ]);
    expect(parse("GARF, f. 1, op. 1, d. 1. Ibid. RGVA, f. 4, op. 1, d. 2")).toMatchObject([{ archive: "GARF" }, { archive: "RGVA", raw: "RGVA, f. 4, op. 1, d. 2" }]);
  });
});

describe("Ibid. next to other references", () => {
  it("with fields of its own, still refers back when a case file follows it", () => {
    expect(parse("GARF, f. 1, op. 2, d. 3, l. 4. Ibid., l. 5. (arch. case No. 1, vol. 2, p. 3)")).toMatchObject([
      { archive: "GARF", list: "4" },
      { raw: "Ibid., l. 5", ibid: true, archive: "GARF", fond: "1", opis: "2", delo: "3", list: "5" },
      { kind: "case", delo: "1" },
    ]);
  });
});
