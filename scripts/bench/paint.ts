// First contentful paint, load, main-thread long tasks and hydration, measured in
// headless Chromium through Playwright; and the JavaScript a route loads.
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export interface PaintTiming {
  /** The response's first byte, from the navigation's start. */
  ttfb: number;
  fcp: number;
  load: number;
  /** Main-thread tasks over 50 ms until the page is loaded and hydrated, summed. */
  longTasks: number;
  /** When the reader's effects ran (components/reader/reader-body.tsx), NaN on other pages. */
  hydrated: number;
}

const HYDRATED_MARK = "palimpsest:reader-hydrated";

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

// A string, not a function: tsx would wrap a function in helpers the page lacks.
// Long tasks are recorded from the document's start (the buffer alone may miss early ones).
const RECORD_LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
  .observe({ type: "longtask", buffered: true });`;

/** A fresh context that records long tasks, for one measurement. */
export async function measuringContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: RECORD_LONG_TASKS });
  return context;
}

/** An expression for page.evaluate: the page's PaintTiming once it is loaded, painted and hydrated. */
export const READ_TIMING = `new Promise((resolve) => {
  const nav = performance.getEntriesByType("navigation")[0];
  const hydratedAt = () => performance.getEntriesByName(${JSON.stringify(HYDRATED_MARK)})[0]?.startTime;
  const expectHydration = document.getElementById("tx") !== null && document.querySelector("script[src*='/_next/']") !== null;
  // A small static page can finish loading before its first paint: wait for both, then
  // for hydration where there is one, then a quiet moment for the tasks it set off.
  const started = performance.now();
  const poll = () => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    const hydrated = hydratedAt();
    if (fcp === undefined || (expectHydration && hydrated === undefined && performance.now() - started < 15000)) return setTimeout(poll, 20);
    setTimeout(() => {
      const until = Math.max(nav.loadEventEnd, hydrated ?? 0);
      const longTasks = window.__longTasks.filter(([start]) => start < until).reduce((sum, [, d]) => sum + d, 0);
      resolve({ ttfb: nav.responseStart, fcp: fcp.startTime, load: nav.loadEventEnd, longTasks, hydrated: hydrated ?? NaN });
    }, 300);
  };
  poll();
})`;

export async function measurePaint(browser: Browser, url: string): Promise<PaintTiming> {
  const context = await measuringContext(browser);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  const timing = (await page.evaluate(READ_TIMING)) as PaintTiming;
  await context.close();
  return timing;
}

export interface ScriptBytes {
  files: number;
  /** As sent (compressed where the server compresses). */
  transferred: number;
  /** As the browser parses them. */
  decoded: number;
}

/** The JavaScript a route loads until it is idle: files and bytes. */
export async function scriptBytes(browser: Browser, url: string): Promise<ScriptBytes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const sizes: Promise<{ transferred: number; decoded: number }>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    sizes.push(
      (async () => {
        const response = await request.response();
        const body = (await response?.body().catch(() => null)) ?? Buffer.alloc(0);
        return { transferred: (await request.sizes()).responseBodySize, decoded: body.length };
      })(),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const all = await Promise.all(sizes);
  await context.close();
  return { files: all.length, transferred: all.reduce((s, x) => s + x.transferred, 0), decoded: all.reduce((s, x) => s + x.decoded, 0) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

export type TimingSummary = { [K in keyof PaintTiming]: number };

/** The median of each field. */
export function summarise(xs: readonly PaintTiming[]): TimingSummary {
  const of = (key: keyof PaintTiming) => median(xs.map((x) => x[key]));
  return { ttfb: of("ttfb"), fcp: of("fcp"), load: of("load"), longTasks: of("longTasks"), hydrated: of("hydrated") };
}

/** A ratio measured in pairs: the median of the per-pair ratios and their spread. */
export interface PairedRatio {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/**
 * Each run's a over the same run's b, summarised. Taken pair by pair, a slow moment of
 * the shared machine lands on both halves of a pair and cancels in its ratio, where a
 * ratio of two medians can pair one page's quiet run with the other's busy one.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): PairedRatio {
  const ratios = a.map((x, i) => x / (b[i] ?? Number.NaN)).filter((r) => Number.isFinite(r));
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), runs: ratios.length };
}

export function formatRatio(r: PairedRatio): string {
  return `${r.median.toFixed(2)}x (median of ${r.runs} paired runs, ${r.min.toFixed(2)}-${r.max.toFixed(2)}x)`;
}

/** Alternates the two pages so that machine noise hits both alike; also the first paints' paired ratio. */
export async function comparePaint(
  browser: Browser,
  urlA: string,
  urlB: string,
  runs: number,
): Promise<{ a: TimingSummary; b: TimingSummary; fcp: PairedRatio }> {
  const a: PaintTiming[] = [];
  const b: PaintTiming[] = [];
  await measurePaint(browser, urlA); // warm caches and the server's first render
  await measurePaint(browser, urlB);
  for (let i = 0; i < runs; i++) {
    // Which page goes first alternates too, so neither always follows the other's load.
    if (i % 2 === 0) {
      a.push(await measurePaint(browser, urlA));
      b.push(await measurePaint(browser, urlB));
    } else {
      b.push(await measurePaint(browser, urlB));
      a.push(await measurePaint(browser, urlA));
    }
  }
  return { a: summarise(a), b: summarise(b), fcp: pairedRatio(a.map((x) => x.fcp), b.map((x) => x.fcp)) };
}
