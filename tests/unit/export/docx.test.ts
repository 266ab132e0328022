import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { Parser } from "htmlparser2";
import { beforeAll, describe, expect, it } from "vitest";
import { docxFormat } from "@/lib/export/formats/docx";
import { EVERY_NODE_NOTE } from "./every-node-note";
import { batchesOf, bytesOf, context, ROWS } from "./fixture-rows";

interface WordRun {
  text: string;
  style: string | null;
  bold: boolean;
  italic: boolean;
}

/** Paragraphs of a WordprocessingML part, each as its runs (w:r with w:t, w:rStyle, w:b, w:i). */
function paragraphs(xml: string): WordRun[][] {
  const out: WordRun[][] = [];
  let run: WordRun | null = null;
  let inText = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "w:p") out.push([]);
        else if (name === "w:r") run = { text: "", style: null, bold: false, italic: false };
        else if (run !== null && name === "w:rstyle") run.style = attrs["w:val"] ?? null;
        else if (run !== null && name === "w:b") run.bold = attrs["w:val"] !== "false";
        else if (run !== null && name === "w:i") run.italic = attrs["w:val"] !== "false";
        else if (name === "w:t") inText = true;
      },
      ontext(text) {
        if (inText && run !== null) run.text += text;
      },
      onclosetag(name) {
        if (name === "w:t") inText = false;
        if (name === "w:r" && run !== null) {
          out.at(-1)?.push(run);
          run = null;
        }
      },
    },
    { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  parser.write(xml);
  parser.end();
  return out;
}

const textOf = (p: WordRun[]) => p.map((r) => r.text).join("");

let body: WordRun[][];
let notes: WordRun[][];
let rels: string;
let parts: Record<string, string>;

// Characters XML must escape, and a control character it cannot hold at all.
const AWKWARD = 'Tom & Jerry <b>not bold</b> "quoted"\u0007 end';

beforeAll(async () => {
  const awkward = { ...ROWS[1]!, id: "ann-awkward", body: { type: "doc" as const, content: [{ type: "paragraph", content: [{ type: "text", text: AWKWARD }] }] } };
  const rows = [{ ...ROWS[0]!, body: EVERY_NODE_NOTE }, ROWS[1]!, awkward];
  const zip = await JSZip.loadAsync(await bytesOf(docxFormat.write(batchesOf(rows, 2), context())));
  parts = {};
  for (const name of Object.keys(zip.files)) if (/\.(xml|rels)$/.test(name)) parts[name] = (await zip.file(name)?.async("string")) ?? "";
  body = paragraphs(parts["word/document.xml"] ?? "");
  notes = paragraphs(parts["word/footnotes.xml"] ?? "");
  rels = parts["word/_rels/document.xml.rels"] ?? "";
}, 120_000);

describe("Word export, parsed back", () => {
  it("labels each excerpt with its layer's character style", () => {
    const labels = body.flatMap((p) => p.filter((r) => r.style?.startsWith("Layer_") === true));
    expect(labels.map((r) => [r.style, r.text])).toEqual([
      ["Layer_primary_document", "Primary document"],
      ["Layer_archival_finding", "Later archival finding"],
      ["Layer_archival_finding", "Later archival finding"],
    ]);
  });

  it("holds the quotes, and the source citations as footnotes formatted by citeproc", () => {
    const texts = body.map(textOf);
    expect(texts).toContain("I do not recognize that I am guilty. I am not a Trotskyite.");
    const footnotes = notes.map(textOf).filter((t) => t.includes("Passage"));
    expect(footnotes).toHaveLength(3);
    expect(footnotes[0]).toContain("Panagiotis Vogiatzis, “Moscow Trials: The Stalinist Middle Ages,” xekinima.org");
    expect(notes.flat().some((r) => r.italic && r.text.startsWith("Again about the Stalinist Deniers"))).toBe(true);
  });

  it("converts every node and mark of the note", () => {
    const texts = body.map(textOf);
    const vyshinsky = body.find((p) => textOf(p).startsWith("Vyshinsky"));
    expect(vyshinsky?.find((r) => r.text === "insists")?.bold).toBe(true);
    expect(vyshinsky?.find((r) => r.text === "centre")?.italic).toBe(true);
    expect(textOf(vyshinsky ?? [])).toContain("see the transcript");
    expect(rels).toContain('Target="https://example.org/transcript"');
    expect(texts).toEqual(expect.arrayContaining(["Smirnov: But what centre …?", "Радек", "Pyatakov", "first trial, 1936", "# not a heading *nor* emphasis"]));
  });

  it("carries tags, links with the other end's quote, and archival citations", () => {
    const texts = body.map(textOf);
    expect(texts).toContain("Tags: confessions, третий процесс");
    expect(texts.some((t) => t.startsWith("Rebutted by “The confessions were sincere.” (Again about the Stalinist deniers"))).toBe(true);
    expect(texts).toContain("Archival source: AP RF, f. 3, op. 24, d. 456, l. 107");
    expect(texts).toContain("Bibliography");
  });

  it("is a well-formed package: every part parses, every footnote and link it refers to exists", () => {
    for (const [name, xml] of Object.entries(parts)) expect(XMLValidator.validate(xml), name).toBe(true);
    expect(parts["[Content_Types].xml"]).toContain("footnotes+xml");
    const document = parts["word/document.xml"] ?? "";
    const referenced = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    const footnoteIds = [...(parts["word/footnotes.xml"] ?? "").matchAll(/<w:footnote w:id="(\d+)">/g)].map((m) => m[1]);
    expect(referenced).toEqual(["1", "2", "3"]);
    expect(footnoteIds).toEqual(referenced);
    for (const [part, relsPart] of [["word/document.xml", "word/_rels/document.xml.rels"], ["word/footnotes.xml", "word/_rels/footnotes.xml.rels"]] as const) {
      const ids = [...(parts[part] ?? "").matchAll(/r:id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.length, part).toBeGreaterThan(0);
      for (const id of ids) expect(parts[relsPart], `${part} ${id}`).toContain(`Id="${id}"`);
    }
    expect(parts["word/_rels/footnotes.xml.rels"]).toContain('Target="https://palimpsest.example/sources/moscow-trials-the-stalinist-middle-ages?annotation=ann-krestinsky"');
  });

  it("escapes what XML must escape and drops what it cannot hold", () => {
    expect(body.map(textOf)).toContain('Tom & Jerry <b>not bold</b> "quoted" end');
  });

  it("numbers an ordered list from its own start, bullets apart", () => {
    const numbering = parts["word/numbering.xml"] ?? "";
    const vyshinskyList = body.find((p) => textOf(p) === "first trial, 1936");
    expect(vyshinskyList).toBeDefined();
    const numId = /<w:p><w:pPr><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">first trial, 1936/.exec(parts["word/document.xml"] ?? "")?.[1];
    expect(numId).not.toBe("1");
    expect(numbering).toMatch(new RegExp(`<w:num w:numId="${numId}"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>`));
    expect(numbering).toContain('<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>');
  });
});
