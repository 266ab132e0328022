import { mkdir } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { annotatePassage, createGroup, inviteLink, openSource, signUp } from "./support-annotate";

// A screenshot of every page at a laptop's 1280x800 and a phone's 390x844, signed out
// and signed in, kept with the test reports (.test-reports/screenshots, which
// scripts/test.ts and CI keep) so a reviewer sees each page as a user does.

const DIR = path.join(process.cwd(), ".test-reports", "screenshots");
const SIZES = [
  { name: "1280x800", width: 1280, height: 800 },
  { name: "390x844", width: 390, height: 844 },
] as const;

async function shoot(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // Let the layout (and content-visibility) settle at the new size.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: path.join(DIR, `${name}-${size.name}.png`) });
  }
}

test("every page, at 1280x800 and 390x844", async ({ browser }) => {
  test.setTimeout(180_000);
  await mkdir(DIR, { recursive: true });

  const anonymous = await (await browser.newContext()).newPage();
  for (const [name, url] of [
    ["library", "/"],
    ["sign-in", "/sign-in"],
    ["sign-up", "/sign-up"],
    ["archives", "/archives"],
    ["not-found", "/sources/no-such-source"],
    ["claims", "/claims"],
    ["search", "/search?q=Tukhachevsky"],
    ["compare-choose", "/compare?left=analyzing-the-moscow-trials"],
    ["compare", "/compare?left=analyzing-the-moscow-trials&right=moscow-trials-the-stalinist-middle-ages"],
  ] as const) {
    await anonymous.goto(url);
    await shoot(anonymous, `signed-out-${name}`);
  }
  await openSource(anonymous);
  await shoot(anonymous, "signed-out-reader");

  const { page, context } = await signUp(browser, "Lena");
  // Annotated before Lena has a group, so the note is "Only me" as annotatePassage expects.
  await page.goto("/sources/moscow-trials");
  await expect(page.locator(".an-count")).not.toHaveText("…");
  await annotatePassage(page, "show trials", /Rebuttal/, "A note, opened in the panel.");
  await shoot(page, "reader-annotated");
  const groupPath = await createGroup(page, `Screens ${Date.now().toString(36)}`);
  await shoot(page, "group");
  await page.goto("/groups");
  await shoot(page, "groups");
  const invite = await inviteLink(page, groupPath, "annotator");
  await page.goto("/");
  await shoot(page, "library");
  await page.goto(`/sources/import?group=${groupPath.split("/").at(-1)}`);
  await shoot(page, "import");
  await page.goto("/settings/tokens");
  await shoot(page, "api-tokens");
  await page.setViewportSize({ width: 1280, height: 800 });
  await openSource(page, "Again about the Stalinist deniers: yes, the Moscow trials were staged, duh.");
  await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: /^Comments \(/ }).click();
  await shoot(page, "reader-comments");
  await page.goto("/sign-out");
  await shoot(page, "sign-out");

  const guest = await (await browser.newContext()).newPage();
  await guest.goto(invite);
  await shoot(guest, "invite");
  await expect(guest.getByRole("heading", { level: 1 })).toBeVisible();
  await Promise.all([context.close(), anonymous.context().close(), guest.context().close()]);
});
