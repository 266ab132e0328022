import { expect, test, type Page } from "@playwright/test";
import { canonicalText } from "./support";
import { acceptInvite, createGroup, dragSelect, inviteLink, openSource, signUp, sourceIdOf } from "./support-annotate";

// Two people annotate one source as a group, live; a private note stays private;
// a viewer reads but cannot annotate. Every step goes through the real pages.

const CLAIM = "MOLOTOV: Take Tukhachevsky, for example.";
const SECRET_PASSAGE = "They stated flat out that in June 1937 Tukhachevsky pressed for a coup.";
const NOTE = "Molotov's own words, forty years on: quoted as proof.";
const REPLY = "Chuev's book is an interview, not a document: see the archives.";
const SECRET = "PRIVATE-3f9c: only Alice may read this";

/** Records every live event the page receives, to prove what never reached it. */
async function recordLiveEvents(page: Page) {
  await page.addInitScript(() => {
    const Original = window.EventSource;
    const seen: string[] = [];
    Object.assign(window, { __liveEvents: seen });
    window.EventSource = class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener("message", (e) => seen.push(String((e as MessageEvent).data)));
      }
    };
  });
}
const liveEvents = (page: Page) =>
  page.evaluate(() => {
    const seen: unknown = Reflect.get(window, "__liveEvents");
    return Array.isArray(seen) ? seen.join("\n") : "";
  });

/** Every API answer the page got, as text (the event stream is read in the page, above). */
function recordApi(page: Page): string[] {
  const bodies: string[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/api/") && !r.url().endsWith("/events")) void r.text().then((t) => bodies.push(t), () => {});
  });
  return bodies;
}

const count = async (page: Page) => Number(await page.locator(".an-count").innerText());

const paintedCount = (page: Page, name: string) =>
  page.evaluate((n) => (CSS.highlights.get(n) as Highlight | undefined)?.size ?? 0, name);

test("a group annotates together: live highlights and replies, private notes stay private, viewers only read", async ({ browser }) => {
  test.setTimeout(120_000);
  const alice = await signUp(browser, "Alice");
  const groupName = `Trials seminar ${Date.now().toString(36)}`;
  const groupPath = await createGroup(alice.page, groupName);
  const groupId = groupPath.split("/").pop()!;
  const link = await inviteLink(alice.page, groupPath, "annotator");

  const boris = await signUp(browser, "Boris");
  await acceptInvite(boris.page, link, groupName);
  await recordLiveEvents(boris.page);
  const borisApi = recordApi(boris.page);

  await openSource(alice.page);
  await openSource(boris.page);
  const before = await count(alice.page);

  // Alice selects with the mouse and chooses a layer on the toolbar.
  await dragSelect(alice.page, CLAIM);
  const toolbar = alice.page.getByRole("toolbar", { name: "Annotate the selected passage" });
  await toolbar.getByRole("button", { name: /Apologist claim/ }).click();
  const composer = alice.page.getByRole("region", { name: "New annotation" });
  await expect(composer.locator("blockquote")).toHaveText(CLAIM);
  await expect(composer.locator(".ProseMirror")).toBeFocused();
  await alice.page.keyboard.type(NOTE);
  await expect(composer.getByLabel("My group")).toBeChecked();
  await composer.getByRole("button", { name: "Save annotation" }).click();
  const aliceEntry = alice.page.locator(".an-item", { hasText: CLAIM });
  await expect(aliceEntry).toContainText(NOTE);
  await expect(alice.page.locator(".an-count")).toHaveText(String(before + 1));
  const claims = await paintedCount(alice.page, "an-apologist_claim");
  expect(claims).toBeGreaterThan(0);

  // Boris sees it appear without a reload, highlighted in the text.
  const borisEntry = boris.page.locator(".an-item", { hasText: CLAIM });
  await expect(borisEntry).toContainText("Apologist claim");
  await expect.poll(() => paintedCount(boris.page, "an-apologist_claim")).toBe(claims);

  // He clicks the highlighted words in the text: the note opens in the panel.
  const point = await boris.page.locator("#tx").evaluate((root, phrase) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(phrase);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at + 10);
      r.setEnd(n, at + 11);
      (n.parentElement ?? root).scrollIntoView({ block: "center" });
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, CLAIM);
  expect(point).not.toBeNull();
  await boris.page.mouse.click(point!.x, point!.y);
  await expect(borisEntry.locator(".an-note").first()).toHaveText(NOTE);
  await borisEntry.locator(".an-reply-form .ProseMirror").click();
  await boris.page.keyboard.type(REPLY);
  await borisEntry.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(borisEntry.locator(".an-reply")).toContainText(REPLY);

  // Alice, whose entry is still open, gets the reply live.
  await expect(aliceEntry.locator(".an-reply")).toContainText(REPLY);
  await expect(aliceEntry.locator(".an-reply")).toContainText("Boris");

  // A private note: Alice only.
  await dragSelect(alice.page, SECRET_PASSAGE);
  await alice.page.keyboard.press("3");
  await expect(composer.locator(".ProseMirror")).toBeFocused();
  await alice.page.keyboard.type(SECRET);
  await composer.getByLabel("Only me").check();
  await composer.getByRole("button", { name: "Save annotation" }).click();
  await expect(alice.page.locator(".an-item", { hasText: SECRET_PASSAGE })).toContainText("private");
  await expect(alice.page.locator(".an-count")).toHaveText(String(before + 2));

  // Give the event stream time to (wrongly) deliver it, then check everything Boris received.
  await boris.page.waitForTimeout(2000);
  await expect(boris.page.locator(".an-count")).toHaveText(String(before + 1));
  await expect(boris.page.locator(".an-panel")).not.toContainText(SECRET_PASSAGE);
  expect(await liveEvents(boris.page)).toContain(REPLY);
  expect(await liveEvents(boris.page)).not.toContain("PRIVATE-3f9c");
  await boris.page.reload();
  await expect(boris.page.locator(".an-count")).toHaveText(String(before + 1));
  await expect(boris.page.locator(".an-panel")).not.toContainText("PRIVATE-3f9c");
  expect(borisApi.join("\n")).not.toContain("PRIVATE-3f9c");
  expect(borisApi.join("\n")).toContain(NOTE);

  // A viewer: reads the group's annotation, gets no annotate controls, and the API refuses a direct write.
  const viewerLink = await inviteLink(alice.page, groupPath, "viewer");
  const vera = await signUp(browser, "Vera");
  await acceptInvite(vera.page, viewerLink, groupName);
  await openSource(vera.page);
  await expect(vera.page.locator(".an-item", { hasText: CLAIM })).toBeVisible();
  await expect(vera.page.locator(".an-panel")).not.toContainText("PRIVATE-3f9c");
  await dragSelect(vera.page, SECRET_PASSAGE);
  await vera.page.keyboard.press("2");
  await vera.page.waitForTimeout(300);
  await expect(vera.page.locator(".an-toolbar")).toHaveCount(0);
  await expect(vera.page.getByRole("region", { name: "New annotation" })).toHaveCount(0);
  await expect(vera.page.getByText("Select a passage to add one")).toHaveCount(0);

  const sourceId = await sourceIdOf(vera.page);
  const text = await canonicalText(vera.page);
  const start = text.indexOf(SECRET_PASSAGE);
  const response = await vera.page.request.post(`/api/sources/${sourceId}/annotations`, {
    data: {
      visibility: "group",
      layer: "rebuttal",
      groupId,
      start,
      end: start + SECRET_PASSAGE.length,
      exact: SECRET_PASSAGE,
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "viewer write" }] }] },
      tags: [],
    },
  });
  expect(response.status()).toBe(403);

  await Promise.all([alice.context.close(), boris.context.close(), vera.context.close()]);
});

test("signed out: public annotations are listed and the panel offers sign-in instead of annotating", async ({ page }) => {
  await openSource(page);
  const signIn = page.getByRole("link", { name: "Sign in to annotate" });
  await expect(signIn).toHaveAttribute("href", /\/sign-in\?callbackUrl=/);
  await dragSelect(page, CLAIM);
  await expect(page.locator(".an-toolbar")).toHaveCount(0);
});
