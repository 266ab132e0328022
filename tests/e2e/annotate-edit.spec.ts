import { expect, test, type Page } from "@playwright/test";
import { canonicalText } from "./support";
import { createGroup, openSource, signUp, sourceIdOf } from "./support-annotate";

// Editing with optimistic concurrency (a 409 becomes a theirs-versus-yours choice),
// the history of revisions, soft delete with Undo, and what a signed-out reader sees.

// Its own source, so that the public annotation written here shows in no other spec.
const SOURCE = "Moscow Trials: the Stalinist Middle Ages";
const PASSAGE = "The events caused a huge sensation.";

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function postAnnotation(page: Page, extra: Record<string, unknown>) {
  const sourceId = await sourceIdOf(page);
  const text = await canonicalText(page);
  const start = text.indexOf(PASSAGE);
  const response = await page.request.post(`/api/sources/${sourceId}/annotations`, {
    data: { layer: "rebuttal", start, end: start + PASSAGE.length, exact: PASSAGE, tags: [], ...extra },
  });
  expect(response.status()).toBe(201);
}

async function replaceNote(page: Page, text: string) {
  const editor = page.locator(".an-form .ProseMirror");
  await editor.click();
  await page.keyboard.press("Control+a");
  await page.keyboard.type(text);
}

test("two tabs edit one annotation: the second save sees a conflict and keeps its own text on top", async ({ browser }) => {
  const { context, page } = await signUp(browser, "Edda");
  await openSource(page, SOURCE);
  await postAnnotation(page, { visibility: "private", groupId: null, body: doc("first draft") });
  const other = await context.newPage();
  await openSource(page, SOURCE);
  await openSource(other, SOURCE);

  const entry = (p: Page) => p.locator(".an-item", { hasText: PASSAGE });
  await entry(page).locator(".an-item-head").click();
  await entry(page).getByRole("button", { name: "Edit" }).click();
  await replaceNote(page, "mine, from tab one");

  await entry(other).locator(".an-item-head").click();
  await entry(other).getByRole("button", { name: "Edit" }).click();
  await replaceNote(other, "theirs, from tab two");
  await other.keyboard.press("Control+Enter");
  await expect(entry(other).locator(".an-note")).toHaveText("theirs, from tab two");

  await page.keyboard.press("Control+Enter");
  const conflict = page.getByRole("alert", { name: "Edit conflict" });
  await expect(conflict).toContainText("theirs, from tab two");
  await expect(conflict).toContainText("mine, from tab one");
  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expect(entry(page).locator(".an-note").first()).toHaveText("mine, from tab one");
  // The other tab follows live.
  await expect(entry(other).locator(".an-note").first()).toHaveText("mine, from tab one");

  await entry(page).getByRole("button", { name: "History" }).click();
  const history = entry(page).getByRole("region", { name: "History" });
  await expect(history.locator("> ol > li")).toHaveCount(3);
  await expect(history).toContainText("Created");
  await expect(history).toContainText("Note edited");

  await entry(page).getByRole("button", { name: "Delete" }).click();
  await expect(entry(page)).toHaveCount(0);
  await expect(entry(other)).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(entry(page)).toContainText("Rebuttal");
  await expect(entry(other)).toBeVisible();
  await expect(page.getByText("Annotation restored.")).toBeVisible();
  await context.close();
});

test("a signed-out reader sees public annotations and a sign-in link, no annotate controls", async ({ browser }) => {
  const { context, page } = await signUp(browser, "Pia");
  const groupPath = await createGroup(page, `Public notes ${Date.now().toString(36)}`);
  await openSource(page, SOURCE);
  await postAnnotation(page, { visibility: "public", groupId: groupPath.split("/").pop(), body: doc("for everyone") });
  await postAnnotation(page, { visibility: "group", groupId: groupPath.split("/").pop(), body: doc("members only") });
  await context.close();

  const anonymous = await browser.newPage();
  await openSource(anonymous, SOURCE);
  await expect(anonymous.getByRole("link", { name: "Sign in to annotate" })).toBeVisible();
  const entries = anonymous.locator(".an-item", { hasText: PASSAGE });
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText("for everyone");
  await expect(anonymous.locator(".an-panel")).not.toContainText("members only");
  await entries.locator(".an-item-head").click();
  await expect(entries.getByRole("button", { name: "Edit" })).toHaveCount(0);
  await expect(entries.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(entries.locator(".an-reply-form")).toHaveCount(0);
  await anonymous.close();
});
