import { expect, test } from "@playwright/test";
import { createGroup, dragSelect, PASSWORD } from "./support-annotate";
import { twoInstances } from "./support-instances";

// Two app instances on one Postgres: a note saved through one appears, without a
// reload, in a browser connected to the other (NOTIFY wakes its hub, which reads
// the change log).
const TITLE = "Moscow Trials: the Stalinist Middle Ages";
const PASSAGE = "the climax of 1936-38";
const NOTE = "Saved on instance A, read on instance B.";

test("an annotation made through one instance appears live in a browser on the other", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const instances = await twoInstances(baseURL ?? "");
  try {
    const reader = await browser.newContext({ baseURL: instances.b });
    const readerPage = await reader.newPage();
    // Notes when the page's event stream is open, so the write below is not raced by its connect.
    await readerPage.addInitScript(() => {
      const Original = window.EventSource;
      window.EventSource = class extends Original {
        constructor(url: string | URL, init?: EventSourceInit) {
          super(url, init);
          this.addEventListener("open", () => Object.assign(window, { __liveOpen: true }));
        }
      };
    });
    await readerPage.goto("/");
    await readerPage.getByRole("link", { name: TITLE }).click();
    await expect(readerPage.locator(".an-count")).not.toHaveText("…");
    const before = Number(await readerPage.locator(".an-count").textContent());
    await expect.poll(() => readerPage.evaluate(() => "__liveOpen" in window)).toBe(true);

    const writer = await browser.newContext({ baseURL: instances.a });
    const page = await writer.newPage();
    await page.goto("/sign-up");
    await page.getByLabel(/^Name/).fill("Ada");
    await page.getByLabel("Email").fill(`ada-${Date.now().toString(36)}@example.org`);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
    // Shared notes belong to a group.
    const groupName = `Two instances ${Date.now().toString(36)}`;
    await createGroup(page, groupName);
    await page.goto("/");
    await page.getByRole("link", { name: TITLE }).click();
    await expect(page.locator(".an-count")).not.toHaveText("…");

    await dragSelect(page, PASSAGE);
    await page.getByRole("toolbar", { name: "Annotate the selected passage" }).getByRole("button", { name: /Rebuttal/ }).click();
    const composer = page.getByRole("region", { name: "New annotation" });
    await expect(composer.locator(".ProseMirror")).toBeFocused();
    await page.keyboard.type(NOTE);
    await composer.getByLabel("Everyone").check();
    await composer.getByRole("button", { name: "Save annotation" }).click();
    await expect(page.locator(".an-item", { hasText: NOTE })).toBeVisible();

    // The reader on the other instance never reloaded.
    await expect(readerPage.locator(".an-item", { hasText: NOTE })).toBeVisible({ timeout: 15_000 });
    await expect(readerPage.locator(".an-count")).toHaveText(String(before + 1));
    await writer.close();
    await reader.close();
  } finally {
    await instances.stop();
  }
});
