import { describe, expect, it } from "vitest";
import { findSharedPassages, type SharedPassage, type Span } from "@/lib/compare";
import { FILES, parsed } from "../corpus/fixtures";
import { spansReadBack } from "./planted";

// The real captures' canonical texts, as the importer stores them. 000 (the rebuttal)
// quotes 001 (the apologist capture) sentence by sentence; 001 and 003 both quote the
// Observer of 23 August 1936 ("It is futile to think the trial was staged...", which
// issue 9 attributes to Davies; 001 quotes Davies' own verdict elsewhere).
const text = {
  f000: parsed(FILES.f000).text,
  f001: parsed(FILES.f001).text,
  f002: parsed(FILES.f002).text,
  f003: parsed(FILES.f003).text,
  f004: parsed(FILES.f004).text,
};
type Name = keyof typeof text;

const cache = new Map<string, SharedPassage[]>();
function shared(left: Name, right: Name): SharedPassage[] {
  const key = `${left}/${right}`;
  if (!cache.has(key)) cache.set(key, findSharedPassages(text[left], text[right]));
  return cache.get(key) ?? [];
}

/** The span of `part` in a capture, by its only occurrence after `from`. */
function spanOf(name: Name, part: string, from = 0): Span {
  const start = text[name].indexOf(part, from);
  if (start === -1) throw new Error(`${JSON.stringify(part)} not in ${name}`);
  return { start, end: start + part.length, text: part };
}

const passagesStarting = (found: SharedPassage[], words: string) => found.filter((p) => p.left.text.startsWith(words));

describe("shared passages between the real captures", () => {
  it("finds Davies' verdict quoted by 000 from 001, dashes and all", () => {
    const found = passagesStarting(shared("f000", "f001"), "There were no Fifth Columnists");
    expect(found).toEqual([{
      left: spanOf("f000", "There were no Fifth Columnists in Russia in 1941—they had shot them. The purge had cleansed the country and rid it of treason"),
      right: spanOf("f001", "There were no Fifth Columnists in Russia in 1941 – they had shot them. The purge had cleansed the country and rid it of treason"),
      similarity: 1,
      differences: [],
    }]);
  });

  it("shows what 000's translation of Humbert-Droz changed in the words 001 quotes twice", () => {
    const found = passagesStarting(shared("f000", "f001"), "Bukharin also told me");
    const quote = spanOf("f000", "Bukharin also told me that they had decided to use individual terror to get rid of Stalin");
    const version = "Bukharin also told me that they had decided to utilise individual terror in order to rid themselves of Stalin";
    const first = spanOf("f001", version);
    const second = spanOf("f001", version, first.end);
    expect(found.map((p) => [p.left, p.right])).toEqual([[quote, first], [quote, second]]);
    const at = (part: string, from: number) => spanOf("f000", part, from);
    const inFirst = (part: string) => spanOf("f001", part, first.start);
    expect(found[0]?.differences).toEqual([
      { kind: "changed", left: at("use", quote.start), right: inFirst("utilise") },
      { kind: "right-only", left: null, right: inFirst("in order") },
      { kind: "left-only", left: at("get", quote.start), right: null },
      { kind: "right-only", left: null, right: inFirst("themselves") },
    ]);
    expect(found[0]?.similarity).toBe(0.833);
  });

  it("finds the 001 sentences 000's comment quotes, with their exact ends", () => {
    const texts = shared("f000", "f001").map((p) => p.right.text);
    expect(texts).toContain("I strongly recommend everyone interested in the topic to actually read the materials");
    expect(texts).toContain("The defendants were a group of life-long oppositionists, and life-long professional underground conspirators, with a track record of similar acts");
    const letters = passagesStarting(shared("f000", "f001"), "the contents of these letters are unknown");
    expect(letters.map((p) => p.differences)).toEqual([[
      { kind: "changed", left: spanOf("f000", "addressees", letters[0]?.left.start), right: spanOf("f001", "addresees", letters[0]?.right.start) },
    ]]);
  });

  it("finds the Observer's verdict in 001 and twice in 003, with the names 003 added", () => {
    const found = shared("f001", "f003");
    const inObserver = "It is futile to think the trial was staged and the charges trumped up. The government's case against the defendants (Zinoviev and Kamenev) is genuine";
    const first = spanOf("f003", inObserver);
    const second = spanOf("f003", inObserver, first.end);
    const quote = spanOf("f001", "It is futile to think the trial was staged and the charges trumped up. The Government’s case against the defendants is genuine");
    expect(found).toEqual([first, second].map((right) => ({
      left: quote,
      right,
      similarity: 0.936,
      differences: [{ kind: "right-only", left: null, right: spanOf("f003", "Zinoviev and Kamenev", right.start) }],
    })));
  });

  it("finds nothing between captures that quote nothing of each other", () => {
    const unrelated: [Name, Name][] = [["f000", "f002"], ["f000", "f003"], ["f000", "f004"], ["f001", "f002"], ["f002", "f003"], ["f002", "f004"], ["f003", "f004"]];
    expect(unrelated.map(([a, b]) => [a, b, shared(a, b).length])).toEqual(unrelated.map(([a, b]) => [a, b, 0]));
  });

  it("gives spans that read back, in order, never two passages over the same words on both sides", () => {
    for (const [a, b] of [["f000", "f001"], ["f001", "f003"], ["f001", "f004"]] as [Name, Name][]) {
      const found = shared(a, b);
      expect(found.length).toBeGreaterThan(0);
      expect(spansReadBack(found, text[a], text[b])).toBe(true);
      const order = found.map((p) => [p.left.start, p.right.start]);
      expect(order).toEqual([...order].sort((x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number)));
      for (const p of found) for (const q of found) {
        if (p === q) continue;
        const overlap = p.left.start < q.left.end && q.left.start < p.left.end && p.right.start < q.right.end && q.right.start < p.right.end;
        expect(overlap).toBe(false);
      }
    }
  });

  it("finds the same passages with the sides swapped", () => {
    const swapped = findSharedPassages(text.f001, text.f000).map((p) => [p.right, p.left]);
    const byLeft = (x: Span[], y: Span[]) => (x[0] as Span).start - (y[0] as Span).start || (x[1] as Span).start - (y[1] as Span).start;
    expect(swapped.sort(byLeft)).toEqual(shared("f000", "f001").map((p) => [p.left, p.right]));
  });

  it("compares the 280 KB capture with 000 quickly", () => {
    findSharedPassages(text.f001, text.f000);
    const times = [0, 1, 2].map(() => {
      const t0 = performance.now();
      findSharedPassages(text.f001, text.f000);
      return performance.now() - t0;
    });
    const median = [...times].sort((a, b) => a - b)[1] as number;
    console.log(`shared passages 001 (${text.f001.length} chars) x 000 (${text.f000.length} chars): median ${median.toFixed(0)} ms`);
    // Generous: the machine running the suite is often busy; the target is 300 ms.
    expect(median).toBeLessThan(2000);
  });
});
