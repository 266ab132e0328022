import { expect, test } from "@playwright/test";
import { createGroup, dragSelect, signUp } from "./support-annotate";
import { twoInstances } from "./support-instances";

// Two app instances on one Postgres: a note saved through one appears, without a
// reload, in a browser connected to the other (NOTIFY wakes its hub, which reads
// the change log); and so does one saved right after Postgres restarted, while
// the other instance's LISTEN was still reconnecting.
const TITLE = "Moscow Trials: the Stalinist Middle Ages";
const PASSAGE = "the climax of 1936-38";
const NOTE = "Saved on instance A, read on instance B.";
const LATER_PASSAGE = "a series of public trials";
const LATER_NOTE = "Saved right after the database restarted.";

test("an annotation made through one instance appears live in a browser on the other, also right after a database restart", async ({ browser }) => {
  test.setTimeout(180_000);
  const instances = await twoInstances();
  try {
    const reader = await browser.newContext({ baseURL: instances.b.baseURL });
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

    const { context: writer, page } = await signUp(browser, "Ada", { baseURL: instances.a.baseURL });
    // Shared notes belong to a group.
    const groupName = `Two instances ${Date.now().toString(36)}`;
    await createGroup(page, groupName);
    await page.goto("/");
    await page.getByRole("link", { name: TITLE }).click();
    await expect(page.locator(".an-count")).not.toHaveText("…");

    const annotate = async (passage: string, note: string) => {
      await dragSelect(page, passage);
      await page.getByRole("toolbar", { name: "Annotate the selected passage" }).getByRole("button", { name: /Rebuttal/ }).click();
      const composer = page.getByRole("region", { name: "New annotation" });
      await expect(composer.locator(".ProseMirror")).toBeFocused();
      await page.keyboard.type(note);
      await composer.getByLabel("Everyone").check();
      await composer.getByRole("button", { name: "Save annotation" }).click();
      await expect(page.locator(".an-item", { hasText: note })).toBeVisible();
    };
    await annotate(PASSAGE, NOTE);

    // The reader on the other instance never reloaded.
    await expect(readerPage.locator(".an-item", { hasText: NOTE })).toBeVisible({ timeout: 15_000 });
    await expect(readerPage.locator(".an-count")).toHaveText(String(before + 1));

    // Postgres stops: the API answers 503 with Retry-After, pages say why.
    await instances.database.stop();
    const refused = await readerPage.request.get(`/api/sources/${await readerPage.locator(".an-panel").getAttribute("data-source-id")}/annotations`);
    expect(refused.status()).toBe(503);
    expect(refused.headers()["retry-after"]).toMatch(/^\d+$/);
    expect((await refused.json()) as unknown).toMatchObject({ error: { code: "database_unavailable" } });
    const outage = await reader.newPage();
    await outage.goto("/");
    await expect(outage.getByRole("heading", { name: "The database is unreachable" })).toBeVisible();

    // It starts again; the note saved at once through A still reaches the reader on B,
    // and the outage page comes back by itself.
    await instances.database.start();
    await annotate(LATER_PASSAGE, LATER_NOTE);
    await expect(readerPage.locator(".an-item", { hasText: LATER_NOTE })).toBeVisible({ timeout: 15_000 });
    await expect(readerPage.locator(".an-count")).toHaveText(String(before + 2));
    await expect(outage.getByRole("link", { name: TITLE })).toBeVisible({ timeout: 15_000 });
    // One line for the outage on the instance that saw it, not a stack per request.
    expect(instances.b.log().match(/database: unreachable/g)).toHaveLength(1);
    expect(instances.b.log()).not.toMatch(/\n\s+at /);
    await writer.close();
    await reader.close();
  } finally {
    await instances.stop();
  }
});
