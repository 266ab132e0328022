// Issue 9, section 5: the compare view of 001 (the apologist capture) and 000 (its
// rebuttal), driven as a reader would: open it from the library, step to a shared
// passage, link a passage in each pane in place, see the connector join the two
// highlights, and see selecting one bring its partner into view.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { BIG, dragSelect, openCompare, signUp } from "./support-annotate";

const REBUTTAL = "Again about the Stalinist deniers: yes, the Moscow trials were staged, duh.";
const QUOTED = "There were no Fifth Columnists in Russia in 1941";

/** A library card's "Compare with…" link. */
/** The client rectangles of the first occurrence of `phrase` in a pane's text. */
async function phraseRects(page: Page, root: string, phrase: string) {
  return page.locator(root).evaluate((el, wanted) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      return Array.from(range.getClientRects(), (r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom }));
    }
    return [];
  }, phrase);
}

/** The two ends of a connector's path, in client coordinates. */
async function connectorEnds(page: Page) {
  return page.locator(".cmp-link path").first().evaluate((path: SVGPathElement) => {
    const svg = path.ownerSVGElement!.getBoundingClientRect();
    const a = path.getPointAtLength(0);
    const b = path.getPointAtLength(path.getTotalLength());
    return [{ x: a.x + svg.left, y: a.y + svg.top }, { x: b.x + svg.left, y: b.y + svg.top }];
  });
}

/** Each pane's annotation count, once both lists have loaded (earlier specs may have left public notes). */
async function countsOf(left: Locator, right: Locator): Promise<[number, number]> {
  for (const pane of [left, right]) await expect(pane.locator(".an-count")).not.toHaveText("…");
  return [Number(await left.locator(".an-count").textContent()), Number(await right.locator(".an-count").textContent())];
}

const onSome = (p: { x: number; y: number }, rects: { left: number; right: number; top: number; bottom: number }[]) =>
  rects.some((r) => p.x >= r.left - 2 && p.x <= r.right + 2 && p.y >= r.top - 2 && p.y <= r.bottom + 2);

test("compares 001 with 000: shared passages, link in place, connectors and partners", async ({ browser }) => {
  const reader = await signUp(browser, "Comparer");
  const { page } = reader;
  await openCompare(page, BIG, REBUTTAL);
  await expect(page).toHaveURL(/\/compare\?left=[^&]+&right=[^&]+/);
  const left = page.getByRole("region", { name: `Left: ${BIG}` });
  const right = page.getByRole("region", { name: `Right: ${REBUTTAL}` });
  const counts = await countsOf(left, right);

  // Step to a shared passage with the keyboard: both texts show it, and the URL keeps it.
  await expect(page.getByText(/of \d+ linked pairs and shared passages/)).toBeVisible();
  await page.locator("body").press("]");
  await expect(page.getByRole("region", { name: "Shared passage 1" })).toBeVisible();
  await expect(page).toHaveURL(/at=shared%3A0|at=shared:0/);
  await expect(page.locator(".cmp-band").first()).toBeVisible();

  // Link in place: a passage in each pane, a kind, one click.
  await dragSelect(page, QUOTED, "#L-tx");
  await dragSelect(page, QUOTED, "#R-tx");
  const bar = page.getByRole("form", { name: "Link in place" });
  await expect(bar.locator('[data-end="left"]')).toContainText(QUOTED);
  await expect(bar.locator('[data-end="right"]')).toContainText(QUOTED);
  await bar.getByLabel("Link kind").selectOption("rebuts");
  await bar.getByRole("button", { name: "Link", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Linked." })).toBeVisible();
  await expect(left.locator(".an-count")).toHaveText(String(counts[0] + 1));
  await expect(right.locator(".an-count")).toHaveText(String(counts[1] + 1));

  // The connector joins the two highlights: each end on its highlight's rectangles.
  const connector = page.locator(".cmp-link").first();
  await expect(connector).toHaveAttribute("aria-label", /^Rebutted by: “There were no Fifth Columnists/);
  await expect.poll(async () => {
    const [a, b] = await connectorEnds(page);
    return onSome(a!, await phraseRects(page, "#L-tx", QUOTED)) && onSome(b!, await phraseRects(page, "#R-tx", QUOTED));
  }).toBe(true);

  // Scroll the right pane away: the link ends in an edge marker with its count.
  await page.locator('.cmp-scroll[data-pane="right"]').evaluate((el) => el.scrollTo({ top: 0, behavior: "instant" }));
  await expect(page.locator('.cmp-edge[data-edge="right-bottom"], .cmp-edge[data-edge="right-top"]')).toContainText("1");
  await expect(page.locator(".cmp-link")).toHaveCount(0);

  // Selecting the left highlight brings its partner into view in the right pane.
  const [rect] = await phraseRects(page, "#L-tx", QUOTED);
  await page.mouse.click(rect!.left + 20, (rect!.top + rect!.bottom) / 2);
  await expect.poll(async () => {
    const box = await page.locator('.cmp-scroll[data-pane="right"]').boundingBox();
    const [r] = await phraseRects(page, "#R-tx", QUOTED);
    return box !== null && r !== undefined && r.top >= box.y && r.bottom <= box.y + box.height;
  }).toBe(true);
  await expect(page.locator(".cmp-link.sel")).toHaveCount(1);

  // Enter on the focused connector makes it the step in focus; the URL keeps it through a reload.
  await page.locator(".cmp-link.sel").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/at=link/);
  await page.reload();
  await expect(page.locator(".cmp-link.sel")).toHaveCount(1);
  await reader.context.close();
});

test("on a phone the panes stack and a linked passage offers its partner", async ({ browser }) => {
  const reader = await signUp(browser, "Phone");
  const { page } = reader;
  await openCompare(page, BIG, REBUTTAL);
  const left = page.getByRole("region", { name: `Left: ${BIG}` });
  const right = page.getByRole("region", { name: `Right: ${REBUTTAL}` });
  const counts = await countsOf(left, right);
  // Linked on the laptop, then read on the phone.
  await dragSelect(page, QUOTED, "#L-tx");
  await dragSelect(page, QUOTED, "#R-tx");
  await page.getByRole("form", { name: "Link in place" }).getByRole("button", { name: "Link", exact: true }).click();
  await expect(right.locator(".an-count")).toHaveText(String(counts[1] + 1));
  await page.setViewportSize({ width: 390, height: 844 });
  const [l, r] = [await left.boundingBox(), await right.boundingBox()];
  expect(l !== null && r !== null && r.y >= l.y + l.height - 1 && Math.abs(r.x - l.x) < 2 && l.width <= 390).toBe(true);
  await expect(page.locator(".cmp-gutter")).toBeHidden();

  await page.locator('.cmp-scroll[data-pane="right"]').evaluate((el) => el.scrollTo({ top: 0, behavior: "instant" }));
  await left.scrollIntoViewIfNeeded();
  await page.locator("#L-tx").getByText(QUOTED).first().evaluate((el) => el.scrollIntoView({ block: "center", behavior: "instant" }));
  const [rect] = await phraseRects(page, "#L-tx", QUOTED);
  await page.mouse.click(rect!.left + 10, (rect!.top + rect!.bottom) / 2);
  await page.getByRole("button", { name: "Go to partner (right text)" }).click();
  await expect.poll(async () => {
    const [p] = await phraseRects(page, "#R-tx", QUOTED);
    return p !== undefined && p.top >= 0 && p.bottom <= 844;
  }).toBe(true);
  await reader.context.close();
});
