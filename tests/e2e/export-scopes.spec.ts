import { expect, test, type Page } from "@playwright/test";
import { canonicalText } from "./support";
import { BIG, openCompare, openSource, signUp, sourceIdOf } from "./support-annotate";

// Issue 9 with issue 10's export: "Export…" on the compare bar offers the two texts
// shown, and on a claim card that claim and its chain; each opens the export dialog
// with that scope chosen, and the file holds what the scope says and nothing else.
// Private notes ("Only me"), so the specs that count a source's annotations never see them.

const REBUTTAL = "Again about the Stalinist deniers: yes, the Moscow trials were staged, duh.";
const LEFT = "Trotsky has a track record of not stating his actual positions openly.";
const RIGHT = "There were no Fifth Columnists in Russia in 1941";

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** Writes a private annotation on the open source over the first occurrence of `phrase`; its id. */
async function annotate(page: Page, phrase: string, layer: string, note: string): Promise<string> {
  const text = await canonicalText(page);
  const start = text.indexOf(phrase);
  expect(start, phrase).toBeGreaterThanOrEqual(0);
  const response = await page.request.post(`/api/sources/${await sourceIdOf(page)}/annotations`, {
    data: { layer, visibility: "private", groupId: null, start, end: start + phrase.length, exact: phrase, tags: [], body: doc(note) },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Exports as Markdown from the open dialog, with `scope` chosen on opening; the file's text. */
async function exportMarkdown(page: Page, scope: RegExp): Promise<string> {
  const dialog = page.getByRole("dialog", { name: "Export annotations" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("radio", { name: scope })).toBeChecked();
  await dialog.getByRole("radio", { name: /^Markdown$/ }).check();
  const started = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Export" }).click();
  const file = await started;
  await expect(dialog.getByRole("status")).toContainText("Downloaded");
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

test("Export… on the compare bar exports both texts shown, on a claim card that claim and its chain", async ({ browser }) => {
  test.setTimeout(150_000);
  const { page, context } = await signUp(browser, "Scopes");
  await openSource(page, BIG);
  const claim = await annotate(page, LEFT, "apologist_claim", "SCOPE-CLAIM said without evidence");
  await openSource(page, REBUTTAL);
  const rebuttal = await annotate(page, RIGHT, "rebuttal", "SCOPE-REBUTTAL the answer");
  await openSource(page, "Moscow Trials: the Stalinist Middle Ages");
  await annotate(page, "Some examples", "primary_document", "SCOPE-ELSEWHERE on a third text");
  const link = await page.request.post(`/api/annotations/${rebuttal}/links`, { data: { toId: claim, kind: "rebuts", note: null } });
  expect(link.status(), await link.text()).toBe(201);

  // The compare view of the two: the dialog is not on the page until asked for.
  await openCompare(page, BIG, REBUTTAL);
  const bar = page.getByRole("navigation", { name: "Compare" });
  await expect(page.locator("dialog")).toHaveCount(0);
  await bar.getByRole("button", { name: "Export…" }).click();
  await expect(page.getByRole("dialog", { name: "Export annotations" }).getByRole("radio", { name: /What the filters show/ })).toBeDisabled();
  const both = await exportMarkdown(page, /^Annotations on both texts/);
  expect(both).toContain("SCOPE-CLAIM");
  expect(both).toContain("SCOPE-REBUTTAL");
  expect(both).not.toContain("SCOPE-ELSEWHERE");

  // The claims board: the card's export holds the claim and its rebuttal, and not the third text's note.
  await page.goto("/claims");
  const card = page.getByRole("list", { name: "Claims" }).getByRole("listitem").filter({ hasText: LEFT });
  await expect(page.locator("dialog")).toHaveCount(0);
  await card.getByRole("button", { name: "Export this claim and its chain" }).click();
  const chain = await exportMarkdown(page, /^This claim and its chain/);
  expect(chain).toContain("SCOPE-CLAIM");
  expect(chain).toContain("SCOPE-REBUTTAL");
  expect(chain).not.toContain("SCOPE-ELSEWHERE");
  await context.close();
});
