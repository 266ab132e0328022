import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Locator } from "@playwright/test";
import { createGroup, dragSelect, signUp } from "./support-annotate";

// An owner imports a Markdown file into their group through the real form; the
// source then exists for the group's members only.

// The file's "# heading" is its title (not the file name).
const notes = (stamp: string) => `# Siege notes ${stamp}

The first session opened on 19 August 1936.

## The accused

Sixteen defendants, among them Zinoviev and Kamenev.
`;

test("an owner imports a file into their group; others get 404 for it", async ({ browser }) => {
  test.setTimeout(90_000);
  const dir = await mkdtemp(path.join(tmpdir(), "palimpsest-import-"));
  const stamp = Date.now().toString(36);
  const file = path.join(dir, `siege-notes-${stamp}.md`);
  const empty = path.join(dir, "empty.md");
  await writeFile(file, notes(stamp));
  await writeFile(empty, "");

  const alice = await signUp(browser, "Alice");
  const groupName = `Import seminar ${stamp}`;
  await createGroup(alice.page, groupName);
  const page = alice.page;

  await page.goto("/");
  await page.getByRole("link", { name: "Import a source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a source" })).toBeVisible();
  await expect(page.getByLabel("Group")).toHaveValue(/.+/);
  await expect(page.getByLabel("Group").locator("option")).toHaveText([groupName]);

  // An empty file is refused with the importer's own words, and nothing is stored.
  await page.getByLabel(/^File/).setInputFiles(empty);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText('"empty.md" is empty (0 bytes).')).toBeVisible();

  await page.getByLabel(/^File/).setInputFiles(file);
  await page.getByLabel("Author").fill("A. Reader");
  await page.getByRole("button", { name: "Import" }).click();
  const result = page.getByRole("region", { name: /: new source$/ });
  await expect(result).toBeVisible();
  await expect(result.getByRole("listitem").filter({ hasText: /^heading: 2$/ })).toBeVisible();
  await expect(result.getByRole("listitem").filter({ hasText: /^paragraph: 2$/ })).toBeVisible();
  await expect(result).toContainText("kept of");

  const title = `Siege notes ${stamp}`;
  await expect(result).toContainText(`title “${title}” (from the Markdown heading (# …))`);
  await result.getByRole("link", { name: `Open “${title}”` }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("#tx")).toContainText("Sixteen defendants, among them Zinoviev and Kamenev.");
  const sourceUrl = new URL(page.url()).pathname;

  // Its notes stay in the group: neither the new note nor its edit offers "Everyone".
  await dragSelect(page, "Sixteen defendants");
  await page.keyboard.press("2");
  const composer = page.getByRole("region", { name: "New annotation" });
  const choices = (scope: Locator) => scope.getByRole("group", { name: "Who can see it" }).getByRole("radio");
  await expect(choices(composer)).toHaveCount(2);
  await expect(composer.getByRole("radio", { name: "Everyone" })).toHaveCount(0);
  await page.keyboard.type("Only the seminar reads this.");
  await composer.getByRole("radio", { name: "My group" }).check();
  await composer.getByRole("button", { name: "Save" }).click();
  const entry = page.locator(".an-item", { hasText: "Sixteen defendants" });
  await expect(entry).toContainText("Apologist claim");
  await entry.getByRole("button", { name: "Edit" }).click();
  const edit = entry.locator("form");
  await expect(choices(edit)).toHaveCount(2);
  await expect(edit.getByRole("radio", { name: "My group" })).toBeChecked();
  await expect(edit.getByRole("radio", { name: "Everyone" })).toHaveCount(0);
  await edit.getByRole("button", { name: "Cancel" }).click();

  // The library lists it for Alice with the group's name.
  await page.goto("/");
  await expect(page.locator("li.card", { hasText: title })).toContainText(`Group: ${groupName}`);

  // Signed out, or signed in outside the group: no such source, and not in the library.
  const stranger = await browser.newContext();
  const anonymous = await stranger.newPage();
  expect((await anonymous.goto(sourceUrl))?.status()).toBe(404);
  await anonymous.goto("/");
  await expect(anonymous.locator("li.card")).toHaveCount(5);
  await expect(anonymous.getByRole("link", { name: "Import a source" })).toHaveCount(0);

  const boris = await signUp(browser, "Boris");
  expect((await boris.page.goto(sourceUrl))?.status()).toBe(404);
  await boris.page.goto("/");
  await expect(boris.page.getByRole("link", { name: title })).toHaveCount(0);

  // Boris has no group where he may import: the page says what is needed.
  await boris.page.goto("/sources/import");
  await expect(boris.page.getByText(/needs an editor or owner role/)).toBeVisible();
  await expect(boris.page.getByRole("link", { name: "your groups" })).toHaveAttribute("href", "/groups");

  await Promise.all([alice.context.close(), boris.context.close(), stranger.close()]);
});

test("the import page sends signed-out visitors to sign in", async ({ page }) => {
  await page.goto("/sources/import");
  await page.waitForURL(/\/sign-in\?callbackUrl=/);
});
