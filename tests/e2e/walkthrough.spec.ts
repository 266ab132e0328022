import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { acceptInvite, annotatePassage, createGroup, dragSelect, inviteLink, openSource, signUp } from "./support-annotate";

// Issue 12, sections 2 and 3: what a new user hit in a walkthrough, each driven as
// they met it, and placing a lost annotation again by hand.

const DENIERS = "Again about the Stalinist deniers: yes, the Moscow trials were staged, duh.";
/** "Moscow Trials" (004), by its address: its title is a part of three others'. */
async function openWiki(page: Page): Promise<void> {
  await page.goto("/sources/moscow-trials");
  await expect(page.getByRole("heading", { level: 1, name: "Moscow Trials", exact: true })).toBeVisible();
  await expect(page.locator(".an-count")).not.toHaveText("…");
}

async function sheetOpen(page: Page) {
  // On a phone the panel is a sheet: make sure it is open.
  const toggle = page.locator(".an-sheet-toggle");
  if ((await toggle.isVisible()) && (await toggle.innerText()) === "Show") await toggle.click();
}

test("reader comments are units with their number, nested replies, and a Comments (N) entry", async ({ page }) => {
  await openSource(page, DENIERS);
  const contents = page.getByRole("navigation", { name: "Contents" });
  await expect(contents.getByRole("link", { name: "Comments (41)" })).toBeVisible();
  const thread = page.getByRole("region", { name: "Comments (41)" });
  await expect(thread.locator("article.cm")).toHaveCount(41);
  const first = thread.getByRole("article", { name: "Comment 1", exact: true });
  await expect(first.locator(".cm-n")).toHaveText("1.");
  // Comment 5's first reply sits inside comment 5, with its own number.
  const reply = thread.getByRole("article", { name: "Comment 5.1" });
  await expect(reply).toContainText("Astrov in 1968:");
  await expect(thread.getByRole("article", { name: "Comment 5", exact: true }).getByRole("article", { name: "Comment 5.1" })).toHaveCount(1);
  // Each comment has a border of its own.
  const border = await first.evaluate((el) => getComputedStyle(el).borderTopStyle);
  expect(border).toBe("solid");
});

test("keys 1-4 choose the layer right from Find a passage", async ({ browser }) => {
  const { page, context } = await signUp(browser, "Fenna");
  await openWiki(page);
  const find = page.getByLabel("Find a passage");
  await find.fill("Great Purge");
  await find.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Choose a layer: keys 1-4." })).toBeVisible();
  await expect(find).toBeFocused();
  await page.keyboard.press("2");
  const composer = page.getByRole("region", { name: "New annotation" });
  await expect(composer.getByLabel("Layer")).toHaveValue("apologist_claim");
  await expect(find).toHaveValue("Great Purge");
  await context.close();
});

test("the count follows the filters, Clear filters resets them; deleting a note with replies asks first", async ({ browser }) => {
  const { page, context } = await signUp(browser, "Greta");
  await openWiki(page);
  const entry = await annotatePassage(page, "show trials", /Rebuttal/, "Counted once.");
  // A private note names no group; dates are written one way.
  await expect(entry.locator(".an-meta")).toContainText("· Private");
  await expect(entry.locator(".an-meta time")).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/);
  const total = Number(await page.locator(".an-count").innerText());

  await page.locator(".an-toggle", { hasText: "Rebuttal" }).locator("input").uncheck();
  const shown = total - 1;
  await expect(page.locator(".an-count")).toHaveText(`${shown} of ${total}`);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.locator(".an-count")).toHaveText(String(total));

  await entry.locator(".an-reply-form .ProseMirror").click();
  await page.keyboard.type("A reply someone else might have written.");
  await entry.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(entry.locator(".an-reply")).toHaveCount(1);
  await entry.getByRole("button", { name: "Delete", exact: true }).click();
  const ask = page.getByRole("alertdialog");
  await expect(ask).toContainText("Delete this annotation and its reply?");
  await ask.getByRole("button", { name: "Keep it" }).click();
  await expect(entry).toBeVisible();
  await entry.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete with the reply" }).click();
  await expect(entry).toHaveCount(0);
  await context.close();
});

test("a #b-<n> that names no block is said, not ignored", async ({ page }) => {
  await page.goto("/sources/moscow-trials#b-99999");
  await expect(page.getByText(/This text has no block “99999”: its blocks are numbered 0 to \d+/)).toBeVisible();
});

test("the contents mark the section being read", async ({ page }) => {
  await openWiki(page);
  const contents = page.getByRole("navigation", { name: "Contents" });
  const second = contents.locator("a").nth(2);
  const href = (await second.getAttribute("href")) ?? "";
  await page.locator(href).evaluate((el) => el.scrollIntoView({ block: "start", behavior: "instant" }));
  await page.mouse.wheel(0, 40);
  await expect(contents.locator('a[aria-current="location"]')).toHaveCount(1);
});

test("a real W3C page imports with its title, byline, table, without share buttons; an orphan is placed again, live", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const owner = await signUp(browser, "Hanna");
  const groupName = `W3C seminar ${stamp}`;
  const groupPath = await createGroup(owner.page, groupName);
  const page = owner.page;

  // From the group's page, the import form starts on that group.
  await page.goto(groupPath);
  await page.getByRole("link", { name: `Import a source into ${groupName}` }).click();
  await expect(page.locator("#import-group")).toHaveValue(groupPath.split("/").at(-1)!);
  await page.getByLabel(/^File/).setInputFiles(path.join(process.cwd(), "tests/fixtures/w3c/news-post.html"));
  await page.getByRole("button", { name: "Import" }).click();
  const result = page.getByRole("region", { name: /: new source$/ });
  await expect(result).toContainText("author “Ivan Herman” (from the byline)");
  await expect(result).toContainText("byline (its author and date fill the source's details)");
  await result.getByRole("link", { name: /^Open “Three recommendations to enable Annotations on the Web”/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Three recommendations to enable Annotations on the Web" })).toBeVisible();
  await expect(page.locator("article header.meta")).toContainText("Ivan Herman");
  const table = page.locator("#tx table");
  await expect(table.locator("thead th")).toHaveText(["Document", "Status"]);
  await expect(table.locator("tbody tr").first().locator("td")).toHaveText(["Web Annotation Data Model", "Recommendation"]);
  await expect(page.locator("#tx")).not.toContainText("Share this page");

  // An annotation on a passage the next version rewords becomes an orphan.
  const dir = await mkdtemp(path.join(tmpdir(), "palimpsest-place-"));
  const v1 = path.join(dir, "placing.md");
  await writeFile(v1, `# Placing ${stamp}\n\nThe trial opened in the October Hall on 19 August 1936.\n\nSixteen were accused.\n`);
  await page.goto(`/sources/import?group=${groupPath.split("/").at(-1)}`);
  await page.getByLabel(/^File/).setInputFiles(v1);
  await page.getByRole("button", { name: "Import" }).click();
  await page.getByRole("region", { name: /: new source$/ }).getByRole("link", { name: /^Open/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Placing ${stamp}` })).toBeVisible();
  const sourcePath = new URL(page.url()).pathname;
  await dragSelect(page, "October Hall on 19 August");
  await page.getByRole("toolbar", { name: "Annotate the selected passage" }).getByRole("button", { name: /Primary/ }).click();
  await page.keyboard.type("Where it opened.");
  const composer = page.getByRole("region", { name: "New annotation" });
  await composer.getByRole("radio", { name: "My group" }).check();
  await composer.getByRole("button", { name: "Save annotation" }).click();
  await expect(page.locator(".an-item", { hasText: "October Hall" })).toBeVisible();

  const v2 = path.join(dir, "placing-2.md");
  await writeFile(v2, `# Placing ${stamp}\n\nSixteen were accused.\n\nThe sessions were held in the Hall of Columns of the House of the Unions.\n`);
  await page.goto(`/sources/import?group=${groupPath.split("/").at(-1)}`);
  await page.getByLabel(/^File/).setInputFiles(v2);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("region", { name: /: new version$/ })).toBeVisible();

  // A second member keeps the source open while the owner places the orphan.
  const link = await inviteLink(page, groupPath, "viewer");
  const reader = await signUp(browser, "Ilse");
  await acceptInvite(reader.page, link, groupName);
  await reader.page.goto(sourcePath);
  await expect(reader.page.getByText("1 annotation could not be placed")).toBeVisible();

  await page.goto(sourcePath);
  await sheetOpen(page);
  await page.getByText("1 annotation could not be placed").click();
  await page.getByRole("button", { name: /^Place again/ }).click();
  await dragSelect(page, "Hall of Columns of the House");
  await page.getByRole("toolbar", { name: "Annotate the selected passage" }).getByRole("button", { name: "Place here" }).click();
  await expect(page.getByText("Placed again: the annotation is on the passage you selected.")).toBeVisible();
  await expect(page.getByText("could not be placed")).toHaveCount(0);
  const placed = page.locator(".an-item", { hasText: "Hall of Columns of the House" });
  await expect(placed).toBeVisible();
  await placed.getByRole("button", { name: "History" }).click();
  await expect(placed.getByRole("region", { name: "History" })).toContainText("Hanna placed it again on the new text");
  expect(await page.evaluate(() => (CSS.highlights.get("an-primary_document") as Highlight | undefined)?.size ?? 0)).toBe(1);

  // The other reader sees it placed without reloading.
  await expect(reader.page.getByText("could not be placed")).toHaveCount(0);
  await expect(reader.page.locator(".an-item", { hasText: "Hall of Columns" })).toBeVisible();
  await Promise.all([owner.context.close(), reader.context.close()]);
});

test("annotators are not offered an import they would be refused; the phone header keeps Sign out on one line", async ({ browser }) => {
  const owner = await signUp(browser, "Jonas");
  const groupPath = await createGroup(owner.page, `Header seminar ${Date.now().toString(36)}`);
  const link = await inviteLink(owner.page, groupPath, "annotator");
  const annotator = await signUp(browser, "Katarina.Alexandrovna.Petrovskaya-Lindqvist", { viewport: { width: 390, height: 844 } });
  await annotator.page.goto(link);
  await annotator.page.getByRole("button", { name: /^Join/ }).click();
  await annotator.page.goto("/");
  await expect(annotator.page.getByRole("link", { name: "Import a source" })).toHaveCount(0);
  const signOut = annotator.page.getByRole("button", { name: "Sign out" });
  const box = await signOut.boundingBox();
  const lineHeight = await signOut.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
  expect(box?.height ?? 99).toBeLessThan(lineHeight * 1.6);
  expect((box?.x ?? 999) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  await Promise.all([owner.context.close(), annotator.context.close()]);
});

test("the editor's Link button hands focus to the address; the library card counts the new note", async ({ browser }) => {
  const { page, context } = await signUp(browser, "Lena");
  await page.goto("/");
  const card = page.locator("li.card", { has: page.getByRole("link", { name: "Moscow Trials", exact: true }) });
  const countOf = async () => {
    const text = await card.locator(".notes").innerText();
    return text === "no annotations yet" ? 0 : Number(/^([\d,]+) annotations?$/.exec(text)?.[1]?.replace(/,/g, "") ?? Number.NaN);
  };
  const before = await countOf();
  expect(before).not.toBeNaN();

  await openWiki(page);
  await dragSelect(page, "Moscow trials");
  await page.getByRole("toolbar", { name: "Annotate the selected passage" }).getByRole("button", { name: /Rebuttal/ }).click();
  const composer = page.getByRole("region", { name: "New annotation" });
  await expect(composer.locator(".ProseMirror")).toBeFocused();
  await page.keyboard.type("See the record");
  await page.keyboard.press("Shift+Home");
  await composer.getByRole("button", { name: "Link" }).click();
  const address = composer.getByLabel("Link address (https:// or mailto:)");
  await expect(address).toBeFocused();
  await page.keyboard.type("https://example.org/record");
  await page.keyboard.press("Enter");
  await expect(composer.locator(".ProseMirror a[href='https://example.org/record']")).toHaveText("See the record");
  await composer.getByRole("button", { name: "Save annotation" }).click();
  await expect(page.locator(".an-item", { hasText: "Moscow trials" }).first()).toBeVisible();

  await page.goto("/");
  await expect.poll(countOf).toBe(before + 1);
  await context.close();
});
