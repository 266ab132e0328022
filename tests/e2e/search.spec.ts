import { expect, test } from "@playwright/test";
import { canonicalText } from "./support";
import { BIG, dragSelect, openSource } from "./support-annotate";

const PURGE = "The Great Purge";
const QUOTED = "It is futile to think the trial was staged and the charges trumped up";

test("search from the header, open a result, and the reader shows the passage", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "Search the texts and notes" });
  // The "/" shortcut listens once the page has hydrated, which on a busy machine can be after the load event.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  await box.fill("Rakovsky");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Rakovsky$/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /\d+ results/ })).toBeVisible();
  const first = page.locator("a.res-open").first();
  await expect(first.locator("mark").first()).toHaveText(/^rakovsky$/i);
  const snippet = (await first.locator(".res-snippet").textContent()) ?? "";

  // The keyboard walks the results; Enter opens one.
  await first.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("a.res-open").nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sources\/[^?]+\?range=\d+-\d+/);
  await expect
    // A reader reached by client-side navigation fetches its text first (components/reader/use-reader-text.ts).
    .poll(() => page.evaluate(() => Array.from((CSS.highlights.get("range") as Highlight | undefined) ?? []).map((r) => (r as Range).toString()).join("")).catch(() => ""))
    .toBe(snippet);
  expect(snippet.toLowerCase()).toContain("rakovsky");
  const [, start, end] = /range=(\d+)-(\d+)/.exec(page.url()) ?? [];
  expect((await canonicalText(page)).slice(Number(start), Number(end))).toBe(snippet);
});

test("the search page filters, says when nothing is found, and fits a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/search?q=Rakovsky");
  await page.getByLabel("Find in").selectOption("annotation");
  await page.getByRole("button", { name: "Search", exact: true }).last().click();
  await expect(page.getByText("Nothing found for “Rakovsky” with these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Search without filters" }).click();
  await expect(page.locator("a.res-open").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the library's filter finds words of the texts, with a count per source", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel(/Filter by/).fill("Bukharin Rakovsky");
  const counted = page.locator("li.card .matches a");
  await expect(counted.first()).toBeVisible();
  await expect(counted.first()).toHaveText(/^\d+ passages? with “Bukharin Rakovsky”$/);
  await counted.first().click();
  await expect(page).toHaveURL(/\/search\?q=Bukharin\+Rakovsky&source=[^&]+&kind=source/);
  await expect(page.locator("a.res-open").first()).toBeVisible();
});

test("find elsewhere: a passage quoted by another source leads to it and to the compare view", async ({ page }) => {
  await openSource(page, PURGE);
  await dragSelect(page, QUOTED);
  // Signed out: no layers to choose, but the passage can still be found elsewhere.
  const toolbar = page.getByRole("toolbar", { name: "The selected passage" });
  await toolbar.getByRole("button", { name: "Find elsewhere" }).click();
  const found = page.getByRole("region", { name: "Found elsewhere" });
  await expect(found.getByRole("heading", { name: "Found elsewhere" })).toBeFocused();
  const hit = found.getByRole("listitem").filter({ hasText: BIG }).first();
  await expect(hit).toContainText("It is futile to think the trial was staged");
  await expect(hit.getByRole("link", { name: "Compare the two texts" })).toHaveAttribute("href", /^\/compare\?left=[^&]+&right=analyzing-the-moscow-trials$/);
  await hit.getByRole("link", { name: "Open the passage" }).click();
  await expect(page.getByRole("heading", { level: 1, name: BIG })).toBeVisible();
  await expect
    // A reader reached by client-side navigation fetches its text first (components/reader/use-reader-text.ts).
    .poll(() => page.evaluate(() => Array.from((CSS.highlights.get("range") as Highlight | undefined) ?? []).map((r) => (r as Range).toString()).join("")).catch(() => ""))
    .toContain("futile to think the trial was staged");
});
