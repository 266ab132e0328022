import { expect, test } from "@playwright/test";
import { dragSelect, openSource, signUp } from "./support-annotate";

// A long thread comes a page at a time (50 replies), and "Load more replies" shows
// the rest: the cap bounds each response, never what a reader can see.

const SOURCE = "Again about the Stalinist deniers";
const PASSAGE = "It was also established that Radek and Sokolnikov";
const REPLIES = 55;

test("a thread longer than a page shows all its replies after Load more", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { page, context } = await signUp(browser, "Petra");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openSource(page, SOURCE);
  await dragSelect(page, PASSAGE);
  await page.getByRole("toolbar", { name: "Annotate the selected passage" }).getByRole("button", { name: /Rebuttal/ }).click();
  await page.keyboard.type("A long discussion.");
  await page.getByRole("region", { name: "New annotation" }).getByRole("button", { name: "Save annotation" }).click();
  const entry = page.locator(".an-item", { hasText: PASSAGE });
  await entry.getByRole("button", { name: "Copy link" }).click();
  const id = new URL(await entry.getByLabel("Link to this annotation").inputValue()).searchParams.get("annotation");
  expect(id).toMatch(/\w/);

  // The thread is written through the API, as many readers over weeks would.
  for (let n = 1; n <= REPLIES; n += 1) {
    const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Reply number ${n}.` }] }] };
    const response = await page.request.post(`/api/annotations/${id}/replies`, { data: { body }, headers: { origin: baseURL ?? "" } });
    expect(response.status()).toBe(201);
  }

  await page.reload();
  await entry.locator(".an-item-head").click();
  const thread = entry.getByRole("region", { name: "Replies" });
  await expect(thread.locator(".an-reply")).toHaveCount(50);
  await expect(thread.locator(".an-reply").last()).toContainText("Reply number 50.");
  await thread.getByRole("button", { name: "Load more replies" }).click();
  await expect(thread.locator(".an-reply")).toHaveCount(REPLIES);
  await expect(thread.locator(".an-reply").last()).toContainText(`Reply number ${REPLIES}.`);
  await expect(thread.getByRole("heading", { name: `Replies (${REPLIES})` })).toBeVisible();
  await expect(thread.getByRole("button", { name: "Load more replies" })).toHaveCount(0);
  await context.close();
});
