import { expect, test } from "@playwright/test";
import { BIG, openCompare, openSource, signUp, sourceIdOf } from "./support-annotate";

// Issue 9, section 5's frame budget: a compare pane registers with CSS.highlights only
// the highlights near its view (components/reader/paint-near-view.ts). That is honest
// only if every highlight that shows while the pane scrolls is registered by then:
// scroll the whole 280 KB text and check each frame.

const REBUTTAL = "Again about the Stalinist deniers: yes, the Moscow trials were staged, duh.";
const TARGETS = 40;
const LENGTH = 30;
const NOTE = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Near the view" }] }] };

test("a compare pane paints the highlights near its view, and each one that scrolls into view is painted", async ({ browser }) => {
  test.setTimeout(180_000);
  const { page, context } = await signUp(browser, "Scroller");
  await openSource(page, BIG);
  const sourceId = await sourceIdOf(page);
  // Blocks spread over the text whose first text node holds a whole passage: each target is that node's start.
  const targets = await page.locator("#tx").evaluate(
    (root, { count, length }) => {
      const blocks = Array.from(root.querySelectorAll<HTMLElement>('[id^="b-"]'));
      const starts: number[] = [];
      let at = 0;
      for (const b of blocks) starts.push(at), (at += (b.textContent ?? "").length + 2);
      const usable = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.firstChild instanceof Text && b.firstChild.data.trim().length >= length && b.firstChild.data.slice(0, length).trim().length === length);
      return Array.from({ length: count }, (_, k) => usable[Math.floor(((k + 0.5) * usable.length) / count)]!).map(({ b, i }) => ({
        block: i,
        start: starts[i]!,
        exact: (b.firstChild as Text).data.slice(0, length),
      }));
    },
    { count: TARGETS, length: LENGTH },
  );
  expect(new Set(targets.map((t) => t.block)).size).toBe(TARGETS);
  for (const t of targets) {
    const response = await page.request.post(`/api/sources/${sourceId}/annotations`, {
      data: { layer: "rebuttal", visibility: "private", groupId: null, start: t.start, end: t.start + LENGTH, exact: t.exact, tags: [], body: NOTE },
    });
    expect(response.status(), await response.text()).toBe(201);
  }

  await openCompare(page, BIG, REBUTTAL);
  const left = page.getByRole("region", { name: `Left: ${BIG}` });
  await expect(left.locator(".an-count")).not.toHaveText("…");

  const result = await page.evaluate(
    async ({ targets, step }) => {
      const pane = document.querySelector<HTMLElement>('.cmp-scroll[data-pane="left"]')!;
      const blocks = Array.from(document.querySelectorAll<HTMLElement>('#L-tx [id^="L-b-"]'));
      const ranges = targets.map((t) => {
        const r = document.createRange();
        const node = blocks[t.block]!.firstChild as Text;
        r.setStart(node, 0);
        r.setEnd(node, t.exact.length);
        return r;
      });
      const registered = () => {
        const h = CSS.highlights.get("an-rebuttal") as Highlight | undefined;
        const mine = new Set<number>();
        for (const r of (h ?? []) as Iterable<Range>) {
          const i = ranges.findIndex((t) => t.startContainer === r.startContainer && t.startOffset === r.startOffset && t.endOffset === r.endOffset);
          if (i >= 0) mine.add(i);
        }
        return mine;
      };
      const misses: { target: number; frame: number }[] = [];
      const seen = new Set<number>();
      let most = 0;
      let frame = 0;
      await new Promise<void>((resolve) => {
        const tick = () => {
          const box = pane.getBoundingClientRect();
          const mine = registered();
          most = Math.max(most, mine.size);
          ranges.forEach((r, i) => {
            const rect = r.getBoundingClientRect();
            if (rect.bottom <= box.top || rect.top >= box.bottom) return;
            seen.add(i);
            if (!mine.has(i)) misses.push({ target: i, frame });
          });
          frame += 1;
          if (pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 1) return resolve();
          pane.scrollTop += step;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      return { misses, seen: seen.size, most, frames: frame };
    },
    { targets, step: 150 },
  );
  // Every target showed during the scroll, and each was registered in every frame it showed.
  expect(result.seen).toBe(TARGETS);
  expect(result.misses).toEqual([]);
  // Never all at once: only those near the view were registered.
  expect(result.most).toBeGreaterThan(0);
  expect(result.most).toBeLessThan(TARGETS / 4);
  await context.close();
});
