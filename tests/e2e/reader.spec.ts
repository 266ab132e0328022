import { expect, test } from "@playwright/test";
import { canonicalText, inViewport } from "./support";

const BIG = "Analyzing the Moscow Trials";

test("the library lists the starter corpus and filters it as the user types", async ({ page }) => {
  await page.goto("/");
  const cards = page.locator("li.card");
  await expect(cards).toHaveCount(5);
  await expect(page.getByRole("link", { name: BIG })).toBeVisible();

  await page.getByLabel(/Filter by/).fill("spartacus");
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText("The Great Purge");
  await expect(page.getByText("1 of 5 sources")).toBeVisible();

  await page.getByLabel(/Filter by/).fill("no such source zqxjv");
  await expect(cards).toHaveCount(0);
  await page.getByRole("button", { name: "Clear the filter" }).click();
  await expect(cards).toHaveCount(5);
});

test("the 280 KB source opens from the library and its contents jump through the text", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: BIG }).click();
  await expect(page.getByRole("heading", { level: 1, name: BIG })).toBeVisible();
  // Its last paragraph made it through the import.
  const text = await canonicalText(page);
  expect(text.length).toBeGreaterThan(250_000);

  const toc = page.getByRole("navigation", { name: "Contents" });
  const entries = toc.getByRole("link");
  expect(await entries.count()).toBeGreaterThan(10);
  const entry = entries.nth(8);
  const href = await entry.getAttribute("href");
  expect(href).toMatch(/^#b-\d+$/);
  await entry.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const title = (await entry.textContent())?.trim() ?? "";
  await expect(page.locator(href ?? "")).toContainText(title.slice(0, 30));
  expect(await inViewport(page, href ?? "")).toBe(true);
  expect(await inViewport(page, "#b-0")).toBe(false);
});

test("a deep link scrolls to its block", async ({ page }) => {
  await page.goto("/");
  const href = await page.getByRole("link", { name: BIG }).getAttribute("href");
  // Arrive from elsewhere, as a shared link does.
  await page.goto("about:blank");
  await page.goto(`${href}#b-600`);
  await expect(page.locator("#b-600")).toBeVisible();
  expect(await inViewport(page, "#b-600")).toBe(true);
  expect(await inViewport(page, "#b-0")).toBe(false);
});

test("a range link highlights exactly that passage and brings it into view", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: BIG }).click();
  const phrase = "MOLOTOV: Take Tukhachevsky, for example.";
  const text = await canonicalText(page);
  const start = text.indexOf(phrase);
  expect(start).toBeGreaterThan(100_000);

  await page.goto(`${new URL(page.url()).pathname}?range=${start}-${start + phrase.length}`);
  await expect
    .poll(() => page.evaluate(() => (CSS.highlights.get("range") as Highlight | undefined)?.size ?? 0))
    .toBe(1);
  const painted = await page.evaluate(() => {
    const highlight = CSS.highlights.get("range") as Highlight;
    const [range] = Array.from(highlight) as Range[];
    const rect = range?.getBoundingClientRect();
    return { text: range?.toString(), visible: rect !== undefined && rect.bottom > 0 && rect.top < window.innerHeight };
  });
  expect(painted).toEqual({ text: phrase, visible: true });
});

test("a bad range and an unknown source get clear messages", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: BIG }).click();
  await page.goto(`${new URL(page.url()).pathname}?range=abc`);
  await expect(page.getByRole("status").or(page.getByRole("alert")).first()).toBeVisible();

  const response = await page.goto("/sources/no-such-source");
  expect(response?.status()).toBe(404);
  await expect(page.getByText(/not found/i).first()).toBeVisible();
});
