import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createGroup, signUp } from "./support-annotate";

// An editor of a group fills in the author its capture lacked, from the reader, and
// sees the change in the details' history with who made it; a reader of the public
// corpus who is no administrator is offered no edit.

test("an editor changes a source's author from the reader and sees the history", async ({ browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36);
  const dir = await mkdtemp(path.join(tmpdir(), "palimpsest-meta-"));
  const file = path.join(dir, `unsigned-capture-${stamp}.txt`);
  await writeFile(file, "A capture whose author the page did not name.\n");

  const alice = await signUp(browser, "Alice");
  const { page } = alice;
  await createGroup(page, `Metadata seminar ${stamp}`);
  await page.goto("/sources/import");
  await page.getByLabel(/^File/).setInputFiles(file);
  await page.getByRole("button", { name: "Import" }).click();
  await page.getByRole("link", { name: `Open “unsigned capture ${stamp}”` }).click();
  const header = page.locator("header.meta");
  await expect(header.locator("div", { has: page.locator("dt", { hasText: "Author" }) }).locator("dd")).toHaveText("unknown");

  await header.getByRole("button", { name: "Edit details" }).click();
  const form = page.getByRole("form", { name: "Edit the source's details" });
  await form.getByLabel("Author").fill("Panagiotis Vogiatzis");
  await form.getByLabel(/^Published/).fill("May 2012");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form.getByRole("alert")).toHaveText("published is a date like 2019-08-25, 1997-09 or 1937");
  await form.getByLabel(/^Published/).fill("2012-05");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form).toBeHidden();
  await expect(header.locator("div", { has: page.locator("dt", { hasText: "Author" }) }).locator("dd")).toHaveText("Panagiotis Vogiatzis");

  await header.getByText("History of these details").click();
  const entry = header.locator(".sd-history > ol > li").first();
  await expect(entry).toContainText("Alice");
  await expect(entry).toContainText("Author: unknown → Panagiotis Vogiatzis");
  await expect(entry).toContainText("Published: unknown → 2012-05");

  // Reloaded, the author stays; the public corpus offers her no edit (only administrators curate it).
  await page.reload();
  await expect(header.locator("div", { has: page.locator("dt", { hasText: "Author" }) }).locator("dd")).toHaveText("Panagiotis Vogiatzis");
  await page.goto("/");
  await page.getByRole("link", { name: "The Great Purge" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "The Great Purge" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit details" })).toHaveCount(0);
  await alice.context.close();
});
