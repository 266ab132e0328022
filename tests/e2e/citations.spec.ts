import { expect, test } from "@playwright/test";
import { dragSelect, signUp } from "./support-annotate";

// The rebuttal (corpus 000) cites its documents as historians do; the reader marks each
// citation, opens its parsed fields from the mouse or the keyboard, and fills a new
// note's citation fields from a selection beside one.

const REBUTTAL = "Again about the Stalinist deniers: yes, the Moscow trials were staged, duh.";
const CITED = "AP RF. F. 3, Op. 24, D. 456, L. 107";
const BEFORE_IT = "up to and including olives\"";

async function openRebuttal(page: import("@playwright/test").Page) {
  await page.goto("/");
  await page.getByRole("link", { name: REBUTTAL }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: REBUTTAL })).toBeVisible();
}

test("the reader underlines a citation and shows its fields in a popover, by keyboard and by mouse", async ({ page }) => {
  await openRebuttal(page);
  const citation = page.locator("#tx .ci", { hasText: CITED });
  await expect(citation).toHaveCount(1);
  await expect(citation).toHaveCSS("text-decoration-style", "dotted");

  await citation.focus();
  await page.keyboard.press("Enter");
  const popover = page.getByRole("dialog", { name: "Archival reference" });
  await expect(popover).toBeVisible();
  await expect(popover).toBeFocused();
  for (const [label, value] of [["Archive", "AP RF"], ["Fond", "3"], ["Opis", "24"], ["Delo", "456"], ["List", "107"]]) {
    await expect(popover.locator("div", { has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd")).toHaveText(value!);
  }
  await page.keyboard.press("Escape");
  await expect(popover).toBeHidden();
  await expect(citation).toBeFocused();

  // The "Ibid." right after it carries its fields over.
  await page.locator("#tx .ci", { hasText: /^Ibid\.$/ }).first().click();
  const ibid = page.getByRole("dialog", { name: "Archival reference" });
  await expect(ibid).toContainText("the citation before, carried over");
  await expect(ibid).toContainText("456");
  await ibid.getByRole("link", { name: "Every passage citing it" }).click();
  await expect(page).toHaveURL(/\/archives#c-ap-rf\/f-3\/op-24\/d-456$/);
  await expect(page.getByRole("heading", { level: 1, name: "Archives cited" })).toBeVisible();
});

test("a note on the sentence before a citation starts with its fields, and the index lists it", async ({ browser }) => {
  const alice = await signUp(browser, "Alice");
  const { page } = alice;
  await openRebuttal(page);
  await expect(page.locator(".an-count")).not.toHaveText("…");
  await dragSelect(page, BEFORE_IT);
  await page.getByRole("toolbar", { name: "Annotate the selected passage" }).getByRole("button", { name: /primary document/i }).click();
  const composer = page.getByRole("region", { name: "New annotation" });
  await expect(composer.getByRole("status")).toContainText(`Filled in from the citation in your selection, “${CITED}”`);
  await expect(composer.getByLabel("Archive")).toHaveValue("AP RF");
  await expect(composer.getByLabel("Fond")).toHaveValue("3");
  await expect(composer.getByLabel("Opis")).toHaveValue("24");
  await expect(composer.getByLabel("Delo")).toHaveValue("456");
  await expect(composer.getByLabel("List (folio)")).toHaveValue("107");
  await composer.getByLabel("Document date").fill("1938-03");
  await composer.locator(".ProseMirror").click();
  await page.keyboard.type("Yagoda's last word, agreed with the investigators.");
  await composer.getByRole("button", { name: "Save annotation" }).click();
  const entry = page.locator(".an-item", { hasText: BEFORE_IT });
  await expect(entry.locator(".an-citation")).toContainText("AP RF");
  await expect(entry.locator(".an-citation")).toContainText("1938-03");

  // The saved citation is edited with the note (the new note is open, its citation shown).
  await entry.getByRole("button", { name: "Edit" }).click();
  const editor = entry.locator("form.an-form");
  await expect(editor.getByLabel("List (folio)")).toHaveValue("107");
  await editor.getByLabel("List (folio)").fill("107ob");
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(entry.locator(".an-citation")).toContainText("107ob");

  await page.goto("/archives");
  const delo = page.locator("li[id='c-ap-rf/f-3/op-24/d-456']");
  await page.getByText("AP RF", { exact: true }).click();
  await page.locator("li[id='c-ap-rf/f-3'] > details > summary").click();
  await page.locator("li[id='c-ap-rf/f-3/op-24'] > details > summary").click();
  await delo.locator("> details > summary").click();
  const mine = delo.locator(".arx-passage", { hasText: "in an annotation" });
  await expect(mine).toContainText(BEFORE_IT);
  await mine.getByRole("link", { name: REBUTTAL }).click();
  await expect(page).toHaveURL(/\?annotation=/);
  await alice.context.close();
});
