// Calibration run behind the minimum scores in lib/anchoring/score.ts; not a
// test. Run: npx tsx scripts/calibrate-anchoring.ts
// (about 30 s; SEED=n for another sample, SHOW=1 to print wrong placements).
// For 1,500 random passages of the corpus it applies five edits and records the
// best candidate's score and whether it is the right place, a verbatim copy of
// the passage elsewhere ("dup"), or wrong.
import { readFileSync, readdirSync } from "node:fs";
import { bestCandidate } from "@/lib/anchoring/anchor";
import { makeQuery, PreparedText, type Candidate } from "@/lib/anchoring/candidate";
import { describeRange } from "@/lib/anchoring/describe-range";
import type { TextAnchor } from "@/lib/anchoring/types";

const dir = "prisma/corpus";
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`${dir}/${f}`, "utf8"));
let seed = Number(process.env.SEED ?? 12345);
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T,>(a: T[]) => a[Math.floor(rnd() * a.length)]!;
const words = files.join(" ").split(/\s+/).filter((w) => /^[a-z]{3,10}$/.test(w));
function passage(text: string, len: number) {
  for (;;) {
    let s = Math.floor(rnd() * (text.length - len - 1));
    while (s > 0 && /\S/.test(text[s - 1]!)) s++;
    let e = s + len;
    while (e < text.length && /\w/.test(text[e]!)) e++;
    if (/^\s|\s$/.test(text.slice(s, e)) || e - s < 3) continue;
    return { s, e };
  }
}
type Row = { cls: string; len: number; score: number; verdict: "right" | "wrong" | "dup" | "none" };
const rows: Row[] = [];
const overlap = (c: Candidate, t: [number, number]) =>
  Math.max(0, Math.min(c.end, t[1]) - Math.max(c.start, t[0])) / Math.max(c.end - c.start, t[1] - t[0]);
function record(cls: string, a: TextAnchor, nt: string, truth: [number, number] | null) {
  const c = bestCandidate(makeQuery(a, a.start), new PreparedText(nt));
  if (c === null) return rows.push({ cls, len: a.exact.length, score: 0, verdict: "none" });
  let verdict: Row["verdict"] = truth !== null && overlap(c, truth) > 0.5 ? "right" : "wrong";
  // An untouched verbatim copy (quote and full context) elsewhere cannot be told apart by content.
  if (verdict === "wrong" && nt.includes(a.prefix + a.exact + a.suffix)) verdict = "dup";
  rows.push({ cls, len: a.exact.length, score: c.score, verdict });
  if (process.env.SHOW && verdict === "wrong" && c.score >= 0.84) console.log(cls, c.score.toFixed(3), c.errors, c.prefixSimilarity.toFixed(2), c.suffixSimilarity.toFixed(2), JSON.stringify(a.prefix + "[" + a.exact + "]" + a.suffix), "=>", JSON.stringify(nt.slice(c.start - 32, c.start) + "[" + nt.slice(c.start, c.end) + "]" + nt.slice(c.end, c.end + 32)));
}
for (let i = 0; i < 1500; i++) {
  const text = pick(files);
  const L = pick([5, 8, 12, 16, 24, 40, 60, 120, 250]);
  const { s, e } = passage(text, L);
  const a = describeRange(text, s, e);
  const m = [...a.exact.matchAll(/[A-Za-z]{3,}/g)];
  if (m.length > 0) {
    const w = pick(m); let r = pick(words); while (r === w[0]) r = pick(words);
    const nt = text.slice(0, s + w.index!) + r + text.slice(s + w.index! + w[0].length);
    record("word-changed", a, nt, [s, e + r.length - w[0].length]);
  }
  let ps = text.lastIndexOf("\n\n", s); ps = ps === -1 ? 0 : ps;
  let pe = text.indexOf("\n\n", e); pe = pe === -1 ? text.length : pe;
  {
    const para = text.slice(ps, pe); const rest = text.slice(0, ps) + text.slice(pe);
    let at = rest.indexOf("\n\n", Math.min(rest.length, ps + 5000));
    if (at === -1) at = rest.lastIndexOf("\n\n", Math.max(0, ps - 5000));
    if (at !== -1 && at !== ps) {
      const ns = at + (s - ps);
      record("moved-paragraph", a, rest.slice(0, at) + para + rest.slice(at), [ns, ns + e - s]);
    }
  }
  {
    const from = Math.max(0, s - 20); const wm = [...text.slice(from, s).matchAll(/[A-Za-z]{3,}/g)];
    if (wm.length > 0) {
      const w = wm[wm.length - 1]!; const ws = from + w.index!; const r = pick(words);
      const d = r.length - w[0].length;
      record("prefix-word-changed", a, text.slice(0, ws) + r + text.slice(ws + w[0].length), [s + d, e + d]);
    }
  }
  record("deleted-quote", a, text.slice(0, s) + text.slice(e), null);
  record("deleted-paragraph", a, text.slice(0, ps) + text.slice(pe), null);
}
const buckets: [string, (l: number) => boolean][] = [["<16", (l) => l < 16], ["16-31", (l) => l >= 16 && l < 32], [">=32", (l) => l >= 32]];
const thresholds = [0.75, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9];
console.log("class/bucket".padEnd(30), "n  right wrong dup none |", thresholds.map((t) => `@${t}:R/W/D`).join(" "));
for (const cls of [...new Set(rows.map((r) => r.cls))]) for (const [b, f] of buckets) {
  const rs = rows.filter((r) => r.cls === cls && f(r.len));
  const cnt = (v: string) => rs.filter((r) => r.verdict === v).length;
  const at = (t: number) => ["right", "wrong", "dup"].map((v) => rs.filter((r) => r.verdict === v && r.score >= t).length).join("/");
  console.log(`${cls} ${b}`.padEnd(30), rs.length, cnt("right"), cnt("wrong"), cnt("dup"), cnt("none"), "|", thresholds.map((t) => at(t).padEnd(11)).join(" "));
}
if (process.env.SHOW) for (const r of rows.filter((r) => r.verdict === "wrong" && r.score >= 0.8)) console.log(r);
