import { describe, expect, it } from "vitest";
import { parseArchivalCitations } from "@/lib/citations";
import { corpusText } from "./corpus";

describe("parseArchivalCitations speed", () => {
  it("parses the whole 280 KB capture 001 in under 200 ms and finds its nine references", () => {
    const text = corpusText("001");
    expect(text.length).toBeGreaterThan(270_000);
    parseArchivalCitations(text.slice(0, 10_000));
    const t0 = performance.now();
    const found = parseArchivalCitations(text);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(200);
    expect(found.map((c) => c.raw)).toEqual([
      ...Array<string>(4).fill("A History of the USSR, volume 3, p. 307"),
      "A History of the USSR, volume 3, pp. 307-308",
      "Writings, vol.11, p. 68",
      "Writings, vol. 12, p. 160",
      "Writings, vol. 11, p. 68",
      "Writings, vol. 12, p. 160",
    ]);
  });

  it("parses the five captures together in under 200 ms", () => {
    const all = ["000", "001", "002", "003", "004"].map(corpusText).join("\n");
    const t0 = performance.now();
    const found = parseArchivalCitations(all);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(found).toHaveLength(36 + 9);
  });
});

describe("parseArchivalCitations on long texts", () => {
  it("stays linear on a 300 KB single line dense with citations", () => {
    const unit = "GARF, f. 1, op. 2, d. 3, l. 4. Ibid., l. 5. (arch. case No. 1, vol. 2, p. 3) (in Book, vol. 1, 2003, p. 4). ";
    const text = unit.repeat(3000);
    parseArchivalCitations(unit.repeat(30));
    const t0 = performance.now();
    const found = parseArchivalCitations(text);
    // About 100 ms when the machine is idle; a quadratic scan took over 4 s.
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(found).toHaveLength(4 * 3000);
  });

  it("keeps the references of one unbracketed line apart", () => {
    const found = parseArchivalCitations("Writings, vol. 11, p. 68, Diaries, vol. 2, p. 5");
    expect(found.map((c) => c.raw)).toEqual(["Writings, vol. 11, p. 68", "Diaries, vol. 2, p. 5"]);
  });
});
