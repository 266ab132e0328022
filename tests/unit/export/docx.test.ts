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

beforeAll(async () => {
  const rows = [{ ...ROWS[0]!, body: EVERY_NODE_NOTE }, ROWS[1]!];
  const zip = await JSZip.loadAsync(await bytesOf(docxFormat.write(batchesOf(rows, 1), context())));
  body = paragraphs((await zip.file("word/document.xml")?.async("string")) ?? "");
  notes = paragraphs((await zip.file("word/footnotes.xml")?.async("string")) ?? "");
  rels = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
}, 120_000);

describe("Word export, parsed back", () => {
  it("labels each excerpt with its layer's character style", () => {
    const labels = body.flatMap((p) => p.filter((r) => r.style?.startsWith("Layer_") === true));
    expect(labels.map((r) => [r.style, r.text])).toEqual([
      ["Layer_primary_document", "Primary document"],
      ["Layer_archival_finding", "Later archival finding"],
    ]);
  });

  it("holds the quotes, and the source citations as footnotes formatted by citeproc", () => {
    const texts = body.map(textOf);
    expect(texts).toContain("I do not recognize that I am guilty. I am not a Trotskyite.");
    const footnotes = notes.map(textOf).filter((t) => t.includes("Passage"));
    expect(footnotes).toHaveLength(2);
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
});
