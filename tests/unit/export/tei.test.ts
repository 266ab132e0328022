import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { ExportRow } from "@/lib/export";
import { teiFormat } from "@/lib/export/formats/tei";
import { CORPUS_TEXT } from "../interchange/fixtures";
import { batchesOf, bytesOf, context, ROWS } from "./fixture-rows";

// The rows' quotes placed in real corpus text, each on its own version.
function placed(): { rows: ExportRow[]; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const rows = ROWS.map((row, i) => {
    const versionId = `ver-${i}`;
    const start = 1000 + i * 50;
    const text = `${CORPUS_TEXT.slice(0, start)}${row.exact}${CORPUS_TEXT.slice(start)} & <done>`;
    texts.set(versionId, text);
    return { ...row, versionId, start, end: start + row.exact.length, links: row.links.map((l) => ({ ...l, direction: "from" as const, note: "см. архив & <NKVD>" })) };
  });
  return { rows, texts };
}

interface Node { [key: string]: unknown }
const asArray = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe("the TEI export", () => {
  it("is well-formed TEI whose standoff annotations point at the quoted characters of the texts", async () => {
    const { rows, texts } = placed();
    const xml = (await bytesOf(teiFormat.write(batchesOf(rows), { ...context(rows.length), versionText: async (id) => texts.get(id) ?? "" }))).toString("utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", trimValues: false, parseTagValue: false, processEntities: true }).parse(xml) as { TEI: Node };
    const tei = doc.TEI;
    expect(tei["@xmlns"]).toBe("http://www.tei-c.org/ns/1.0");
    const taxonomies = asArray((((tei.teiHeader as Node).encodingDesc as Node).classDecl as Node).taxonomy as Node[]);
    expect(taxonomies.map((t) => asArray(t.category as Node[]).map((c) => c["@xml:id"]))).toEqual([
      ["layer-primary_document", "layer-apologist_claim", "layer-rebuttal", "layer-archival_finding"],
      expect.arrayContaining(["link-rebuts", "link-refutes", "link-quotes"]),
    ]);
    const abs = new Map(asArray(tei.text as Node[]).map((t) => { const ab = (t.body as Node).ab as Node; return [ab["@xml:id"], String(ab["#text"])]; }));
    expect([...abs.values()]).toEqual([...texts.values()]);
    const annotations = asArray(((tei.standOff as Node).listAnnotation as Node).annotation as Node[]);
    expect(annotations).toHaveLength(2);
    for (const [i, annotation] of annotations.entries()) {
      const match = /^#string-range\(\/\/ab\[@xml:id='([^']+)'\],(\d+),(\d+)\)$/.exec(String(annotation["@target"]));
      if (match === null) throw new Error(`unexpected target ${String(annotation["@target"])}`);
      const [, abId, offset, length] = match;
      expect(abs.get(abId!)?.slice(Number(offset), Number(offset) + Number(length))).toBe(rows[i]!.exact);
      expect(annotation["@ana"]).toBe(`#layer-${rows[i]!.layer}`);
    }
    const first = annotations[0]!;
    const notes = asArray(first.note as Node[]);
    expect(notes.map((n) => n["@type"])).toEqual(["quote", "comment", "tags", "link"]);
    expect((notes[1]!.p as string)).toBe(rows[0]!.bodyText);
    expect(asArray((notes[2] as Node).term as string[])).toEqual(rows[0]!.tags);
    expect(notes[3]!["#text"]).toBe("см. архив & <NKVD>");
    expect((first.ptr as Node)["@ana"]).toBe("#link-rebuts");
    expect(((first.respStmt as Node).persName as string)).toBe("Anna Reader");
  });
});
