// `npm run bench`: prints the numbers the issues ask for. Not part of `npm test`.
// Builds the app first when needed; uses DATABASE_URL's server or an embedded one.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import path from "node:path";
import type { Browser } from "playwright-core";
import { findSharedPassages } from "@/lib/compare";
import { importCapture } from "@/lib/corpus";
import { readManifest } from "@/lib/sources/starter-corpus";
import { benchAnnotations } from "./bench/annotations";
import { benchClaims } from "./bench/claims";
import { benchSearch } from "./bench/search";
import { startBenchApp } from "./bench/app-server";
import { benchCitations } from "./bench/citations";
import { benchExport } from "./bench/export";
import { benchInterchange } from "./bench/interchange";
import { benchCompare } from "./bench/compare";
import { comparePaint, formatRatio, launchChromium, median, scriptBytes } from "./bench/paint";
import { serveStatic, staticPageHtml } from "./bench/static-page";
import { ensureBuild } from "./lib/build-stamp";
import { run } from "./lib/run";

const root = process.cwd();
const corpusDir = path.join(root, "prisma/corpus");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ratio = (a: number, b: number) => (a / b).toFixed(2);
// BENCH_ONLY=search,export runs only those sections (names as in `wants` below), so
// one area's numbers can be taken without the whole run.
const only = new Set((process.env.BENCH_ONLY ?? "").split(",").map((name) => name.trim()).filter((name) => name !== ""));
const wants = (section: string) => only.size === 0 || only.has(section);
const APP_SECTIONS = ["citations", "html", "paint", "annotations", "claims", "compare"];

async function benchImport(): Promise<void> {
  console.log("\n== Import (parse + structure), median of 5 runs ==");
  const manifest = await readManifest(corpusDir);
  for (const { file } of manifest.sources) {
    const bytes = await readFile(path.join(corpusDir, file));
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      importCapture(bytes, file);
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    console.log(`${file}: ${(bytes.length / 1024).toFixed(0)} KB in ${ms.toFixed(1)} ms = ${((ms * 102400) / bytes.length).toFixed(1)} ms per 100 KB`);
  }
}

async function benchSharedPassages(): Promise<void> {
  console.log("\n== Shared passages, 001 x 000 canonical texts, computed (target <= 300 ms), median of 5 runs ==");
  const [large, small] = await Promise.all(["001_d1cafe7658540bb9.txt", "000_2c9b017290b247bf.txt"].map(async (file) => {
    const result = importCapture(await readFile(path.join(corpusDir, file)), file);
    if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
    return result.document.text;
  }));
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    found = findSharedPassages(large ?? "", small ?? "").length;
    times.push(performance.now() - t0);
  }
  console.log(`${found} shared passages in ${median(times).toFixed(0)} ms`);
}

async function benchPaint(browser: Browser, readerUrl: string, staticUrl: string, baseUrl: string, slug: string): Promise<void> {
  const { a: reader, b: plain, fcp } = await comparePaint(browser, readerUrl, staticUrl, RUNS);
  console.log(`\n== Reader vs static page, ${slug}, Chromium headless, median of ${RUNS} (targets: FCP <= 1.2x, long tasks <= 150 ms) ==`);
  console.log(`first contentful paint: ${reader.fcp.toFixed(0)} ms vs ${plain.fcp.toFixed(0)} ms; paired ${formatRatio(fcp)}`);
  console.log(`  of which first byte:  ${reader.ttfb.toFixed(0)} ms vs ${plain.ttfb.toFixed(0)} ms`);
  console.log(`load:                   ${reader.load.toFixed(0)} ms vs ${plain.load.toFixed(0)} ms = ${ratio(reader.load, plain.load)}x`);
  console.log(`  hydrated at:          ${reader.hydrated.toFixed(0)} ms (${(reader.hydrated - reader.fcp).toFixed(0)} ms after first paint)`);
  console.log(`long tasks, summed:     ${reader.longTasks.toFixed(0)} ms vs ${plain.longTasks.toFixed(0)} ms`);
  console.log("JavaScript per route (files, bytes sent / parsed):");
  for (const [name, url] of [["reader", readerUrl], ["library", `${baseUrl}/`], ["sign-in", `${baseUrl}/sign-in`], ["claims", `${baseUrl}/claims`]] as const) {
    const js = await scriptBytes(browser, url);
    console.log(`  ${name.padEnd(8)} ${String(js.files).padStart(3)} files, ${(js.transferred / 1024).toFixed(0)} KB / ${(js.decoded / 1024).toFixed(0)} KB`);
  }
}

async function main(): Promise<void> {
  if (wants("import")) await benchImport();
  if (wants("shared")) await benchSharedPassages();
  if (wants("search")) await benchSearch();
  if (wants("interchange")) await benchInterchange(corpusDir);
  if (wants("export")) await benchExport(corpusDir);
  if (!APP_SECTIONS.some(wants)) return;
  await ensureBuild(root, { message: "Building the app...", quiet: true });
  const app = await startBenchApp(Number(process.env.BENCH_PORT ?? 3200));
  const browser = await launchChromium();
  try {
    if (wants("citations")) await benchCitations({ db: app.db, corpusDir });
    const sources = await app.db.source.findMany({ select: { slug: true, title: true, currentVersion: { select: { text: true } } } });
    if (wants("html")) {
      console.log("\n== Reader HTML bytes over text bytes (target <= 2.3 for texts of 40 KB and more) ==");
      let worst = 0;
      for (const source of sources) {
        const text = source.currentVersion?.text ?? "";
        const html = await (await fetch(`${app.baseUrl}/sources/${source.slug}`)).text();
        const textBytes = Buffer.byteLength(text);
        const htmlBytes = Buffer.byteLength(html);
        // Also gzip over gzip: what actually crosses the network (next start compresses).
        const gz = ratio(gzipSync(html).length, gzipSync(text).length);
        console.log(`${source.slug}: ${htmlBytes} / ${textBytes} bytes = ${ratio(htmlBytes, textBytes)}x (gzip ${gz}x)`);
        if (textBytes >= 40 * 1024) worst = Math.max(worst, htmlBytes / textBytes);
      }
      console.log(`worst of the texts of 40 KB and more: ${worst.toFixed(2)}x`);
    }

    const largest = sources.sort((a, b) => (b.currentVersion?.text.length ?? 0) - (a.currentVersion?.text.length ?? 0))[0];
    if (largest === undefined) throw new Error("no sources loaded");
    const baseline = await serveStatic(staticPageHtml(largest.title, largest.currentVersion?.text ?? ""));
    try {
      if (wants("paint")) await benchPaint(browser, `${app.baseUrl}/sources/${largest.slug}`, baseline.url, app.baseUrl, largest.slug);
      if (wants("annotations")) await benchAnnotations(app, browser, largest.slug, baseline.url);
    } finally {
      await baseline.close();
    }
    if (wants("claims")) await benchClaims(app);
    if (wants("compare")) await benchCompare(app, browser, largest.slug);
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
