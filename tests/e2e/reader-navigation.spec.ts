import { expect, test } from "@playwright/test";
import { canonicalText } from "./support";
import { annotatePassage, BIG, openSource, signUp } from "./support-annotate";

// A reader reached by a click has no server HTML for its text: it fetches the text
// instead of loading the page again (components/reader/use-reader-text.ts).

const PASSAGE = "MOLOTOV: Take Tukhachevsky, for example.";

test("a reader opened from the library by a click keeps the page and shows its text and highlights", async ({ browser }) => {
  test.setTimeout(90_000);
  const { page, context } = await signUp(browser, "Nadia");
  await openSource(page);
  await annotatePassage(page, PASSAGE, /Rebuttal/, "Said forty years on.");

  await page.goto("/");
  // Survives only if the document is never loaded again.
  await page.evaluate(() => Object.assign(window, { __sameDocument: "kept" }));
  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documents.push(request.url());
  });
  await page.getByRole("link", { name: BIG }).click();
  await expect(page.getByRole("heading", { level: 1, name: BIG })).toBeVisible();

  await expect.poll(async () => (await canonicalText(page)).length).toBeGreaterThan(250_000);
  await expect.poll(() => page.evaluate(() => (CSS.highlights.get("an-rebuttal") as Highlight | undefined)?.size ?? 0)).toBe(1);
  const painted = await page.evaluate(() => Array.from((CSS.highlights.get("an-rebuttal") as Highlight | undefined) ?? [], (r) => (r as Range).toString()).join(""));
  expect(painted).toBe(PASSAGE);
  // The contents still jump through the text.
  await page.getByRole("navigation", { name: "Contents" }).getByRole("link").nth(8).click();
  await expect(page).toHaveURL(/#b-\d+$/);

  expect(await page.evaluate(() => Reflect.get(window, "__sameDocument"))).toBe("kept");
  expect(documents).toEqual([]);
  await context.close();
});
