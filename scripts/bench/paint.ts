// First contentful paint and load, measured in headless Chromium through Playwright.
import { chromium, type Browser } from "playwright-core";

export interface PaintTiming {
  fcp: number;
  load: number;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export async function measurePaint(browser: Browser, url: string): Promise<PaintTiming> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  // A small static page can finish loading before its first paint: wait for both.
  const timing = await page.evaluate(
    () =>
      new Promise<PaintTiming>((resolve) => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        new PerformanceObserver((list, observer) => {
          const fcp = list.getEntriesByName("first-contentful-paint")[0];
          if (fcp === undefined) return;
          observer.disconnect();
          resolve({ fcp: fcp.startTime, load: nav?.loadEventEnd ?? Number.NaN });
        }).observe({ type: "paint", buffered: true });
      }),
  );
  await context.close();
  return timing;
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

/** Alternates the two pages so that machine noise hits both alike. */
export async function comparePaint(browser: Browser, urlA: string, urlB: string, runs: number): Promise<{ a: PaintTiming; b: PaintTiming }> {
  const a: PaintTiming[] = [];
  const b: PaintTiming[] = [];
  await measurePaint(browser, urlA); // warm caches and the server's first render
  await measurePaint(browser, urlB);
  for (let i = 0; i < runs; i++) {
    a.push(await measurePaint(browser, urlA));
    b.push(await measurePaint(browser, urlB));
  }
  const summarise = (xs: PaintTiming[]) => ({ fcp: median(xs.map((x) => x.fcp)), load: median(xs.map((x) => x.load)) });
  return { a: summarise(a), b: summarise(b) };
}
