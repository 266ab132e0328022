import { describe, expect, it } from "vitest";
import { buildCitationIndex, type CitedReference } from "@/lib/archives/index-tree";

let n = 0;
function ref(kind: CitedReference["kind"], fields: Partial<Omit<CitedReference, "kind" | "passage">>): CitedReference {
  n++;
  return {
    kind,
    archive: null, fond: null, opis: null, delo: null, title: null, volume: null,
    ...fields,
    passage: { id: `t:${n}`, origin: "text", sourceTitle: "S", href: `/sources/s?range=${n}-${n + 1}`, quote: `q${n}`, list: null },
  };
}

describe("buildCitationIndex", () => {
  it("nests archive > fond > opis > delo, counts every level and sorts numbers as numbers", () => {
    const nodes = buildCitationIndex([
      ref("archival", { archive: "RGASPI", fond: "17", opis: "3", delo: "1048" }),
      ref("archival", { archive: "AP RF", fond: "3", opis: "24", delo: "456" }),
      ref("archival", { archive: "AP RF", fond: "3", opis: "24", delo: "456" }),
      ref("archival", { archive: "AP RF", fond: "45", opis: "1", delo: "9" }),
      ref("archival", { archive: "AP RF", fond: "3", opis: "58", delo: "212" }),
    ]);
    expect(nodes.map((a) => [a.label, a.count])).toEqual([["AP RF", 4], ["RGASPI", 1]]);
    const apRf = nodes[0]!;
    expect(apRf.children.map((f) => [f.label, f.count])).toEqual([["f. 3", 3], ["f. 45", 1]]);
    const d456 = apRf.children[0]!.children[0]!.children[0]!;
    expect([d456.key, d456.label, d456.passages.map((p) => p.quote)]).toEqual(["ap-rf/f-3/op-24/d-456", "d. 456", ["q2", "q3"]]);
  });

  it("puts references without an archive, case files and published works last, skipping levels they lack", () => {
    const nodes = buildCitationIndex([
      ref("published", { title: "Reabilitatsiya: kak eto bylo", volume: "2" }),
      ref("case", { delo: "300956", volume: "9" }),
      ref("archival", { fond: "2", opis: "1", delo: "1" }),
      ref("archival", { archive: "TsA FSB", fond: "3", delo: "953" }),
    ]);
    expect(nodes.map((a) => a.label)).toEqual(["TsA FSB", "Archive not named", "Case files", "Published works"]);
    expect(nodes[0]!.children[0]!.children.map((c) => c.label)).toEqual(["d. 953"]);
    expect(nodes[2]!.children[0]!.children[0]!.key).toBe("case-files/no-300956/vol-9");
    expect(nodes[3]!.children[0]!.label).toBe("Reabilitatsiya: kak eto bylo");
  });
});
