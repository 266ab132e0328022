// The annotated reader's numbers (issue: annotate together): page render and load
// with 2,000 annotations over the plain reader, re-anchoring all of them after an
// edit, and the list endpoint's p95 over the same query run directly with pg.
import type { Browser } from "playwright-core";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { prepareSource, storeSource } from "@/lib/sources/import-source";
import type { BenchApp } from "./app-server";
import { captureQueries, replayQueries } from "./captured-queries";
import { formatRatio, measurePaint, measuringContext, median, p95, pairedRatio, READ_TIMING, type PaintTiming } from "./paint";
import { seedAnnotations } from "./seed-annotations";

const COUNT = 2_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ratio = (a: number, b: number) => (a / b).toFixed(2);

async function timeFetch(url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  await (await fetch(url)).arrayBuffer(); // warm
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await (await fetch(url)).arrayBuffer();
    times.push(performance.now() - t0);
  }
  return times;
}

/** Load of the page, its long tasks, and when the annotation layer says its highlights are painted. */
async function readerTimings(browser: Browser, url: string, waitForHighlights: boolean): Promise<{ load: number; ready: number; longTasks: number }> {
  const context = await measuringContext(browser);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  const { load, longTasks, fcp } = (await page.evaluate(READ_TIMING)) as PaintTiming;
  let ready = load;
  if (waitForHighlights) {
    // The annotation layer measures each paint (components/annotations/use-highlights.ts);
    // the first one with annotations in it is when the reader is ready.
    const paintedAt = () => {
      const entry = performance
        .getEntriesByName("palimpsest:paint-highlights")
        .find((e) => (((e as PerformanceMeasure).detail as { count?: number } | null)?.count ?? 0) > 0);
      return entry === undefined ? null : entry.startTime + entry.duration;
    };
    await page.waitForFunction(paintedAt, null, { timeout: 60_000 });
    // The seed script (lib/reader/highlight-seed-script.ts) can finish before the page's
    // first paint; nothing is on screen before that, so the highlights are not either.
    ready = Math.max(fcp, (await page.evaluate(paintedAt)) ?? Number.NaN);
  }
  await context.close();
  return { load, ready, longTasks };
}

/** `staticUrl`: the same text as a static page, whose first paint the highlights are measured against. */
export async function benchAnnotations(app: BenchApp, browser: Browser, slug: string, staticUrl: string): Promise<void> {
  const source = await app.db.source.findUniqueOrThrow({ where: { slug }, select: { id: true, title: true } });
  const pageUrl = `${app.baseUrl}/sources/${slug}`;

  const plainRender = await timeFetch(pageUrl, RUNS);
  const plain: { load: number; ready: number; longTasks: number }[] = [];
  for (let i = 0; i < RUNS; i++) plain.push(await readerTimings(browser, pageUrl, false));

  await seedAnnotations(app.db, source.id, COUNT);
  const annotatedRender = await timeFetch(pageUrl, RUNS);
  const annotated: { load: number; ready: number; longTasks: number }[] = [];
  const staticFcp: number[] = [];
  await readerTimings(browser, pageUrl, true); // warm
  for (let i = 0; i < RUNS; i++) {
    // Alternating which goes first, as comparePaint does (./paint.ts).
    if (i % 2 === 0) {
      annotated.push(await readerTimings(browser, pageUrl, true));
      staticFcp.push((await measurePaint(browser, staticUrl)).fcp);
    } else {
      staticFcp.push((await measurePaint(browser, staticUrl)).fcp);
      annotated.push(await readerTimings(browser, pageUrl, true));
    }
  }

  console.log(`\n== Annotated reader, ${slug}, ${COUNT} annotations, median of ${RUNS} (target <= 1.3) ==`);
  const [pr, ar] = [median(plainRender), median(annotatedRender)];
  console.log(`server render (page fetched): ${ar.toFixed(0)} ms vs plain ${pr.toFixed(0)} ms = ${ratio(ar, pr)}x`);
  const [pl, al] = [median(plain.map((p) => p.load)), median(annotated.map((a) => a.load))];
  console.log(`Chromium load event:          ${al.toFixed(0)} ms vs plain ${pl.toFixed(0)} ms = ${ratio(al, pl)}x`);
  const ready = median(annotated.map((a) => a.ready));
  console.log(`highlights painted:           ${ready.toFixed(0)} ms vs plain load ${pl.toFixed(0)} ms = ${ratio(ready, pl)}x`);
  const sf = median(staticFcp);
  const paired = formatRatio(pairedRatio(annotated.map((a) => a.ready), staticFcp));
  console.log(`highlights painted over the static page's first paint (target <= 1.5): ${ready.toFixed(0)} ms vs ${sf.toFixed(0)} ms; paired ${paired}`);
  const [plt, alt] = [median(plain.map((p) => p.longTasks)), median(annotated.map((a) => a.longTasks))];
  console.log(`long tasks until loaded and hydrated, summed (target <= 150 ms): ${alt.toFixed(0)} ms with ${COUNT} annotations, ${plt.toFixed(0)} ms plain`);

  const listUrl = `${app.baseUrl}/api/sources/${source.id}/annotations`;
  const endpoint = await timeFetch(listUrl, 40);
  // "The same query": the statements the endpoint's service sends, run directly with pg.
  const queries = await captureQueries(app.databaseUrl, (db) => listAnnotations({ db, actor: null, sourceId: source.id }));
  const direct = await replayQueries(app.databaseUrl, queries, 40);
  console.log(`\n== Annotation list endpoint, ${COUNT} annotations, 40 requests (target <= 2) ==`);
  console.log(
    `p95 ${p95(endpoint).toFixed(1)} ms vs its ${queries.length} SQL statements run directly with pg, p95 ${p95(direct).toFixed(1)} ms = ` +
      `${ratio(p95(endpoint), p95(direct))}x`,
  );

  const version = await app.db.source.findUniqueOrThrow({ where: { id: source.id }, select: { currentVersion: { select: { text: true } } } });
  const text = version.currentVersion?.text ?? "";
  const edited = `An editor's note inserted at the top of a corrected version.\n\n${text.replace("Moscow", "Moskva")}`;
  const prepared = prepareSource(new TextEncoder().encode(edited), `${slug}-v2.txt`, { title: source.title, slug });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const t0 = performance.now();
  const stored = await storeSource({ db: app.db, prepared: prepared.prepared, createdById: null, groupId: null });
  const elapsed = performance.now() - t0;
  const statuses = await app.db.annotation.groupBy({ by: ["anchorStatus"], where: { sourceId: source.id }, _count: true });
  console.log(`\n== Re-anchoring after an edit (target < 2000 ms) ==`);
  console.log(`new version v${stored.versionNumber} with ${COUNT} annotations re-anchored in ${elapsed.toFixed(0)} ms: ` +
    statuses.map((s) => `${s.anchorStatus} ${s._count}`).join(", "));
}
