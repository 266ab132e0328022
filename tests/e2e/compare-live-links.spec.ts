import { expect, test, type Page } from "@playwright/test";
import { canonicalText } from "./support";
import { acceptInvite, BIG, createGroup, openCompare, inviteLink, openSource, signUp, sourceIdOf } from "./support-annotate";

// Issue 9, section 4 in the compare view: a link another reader makes between the two
// texts appears in the gutter without a reload, and goes when they remove it. Group
// notes, so no other spec's reader sees them.

const REBUTTAL = "Again about the Stalinist deniers: yes, the Moscow trials were staged, duh.";
const LEFT = "Trotsky has a track record of not stating his actual positions openly.";
const RIGHT = "There were no Fifth Columnists in Russia in 1941";
const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function annotate(page: Page, groupId: string, phrase: string, layer: string): Promise<string> {
  const text = await canonicalText(page);
  const start = text.indexOf(phrase);
  const response = await page.request.post(`/api/sources/${await sourceIdOf(page)}/annotations`, {
    data: { layer, visibility: "group", groupId, start, end: start + phrase.length, exact: phrase, tags: [], body: doc(`Live ${layer}`) },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** The number of linked pairs and shared passages the compare bar counts. */
async function stops(page: Page): Promise<number> {
  const text = (await page.locator(".cmp-count").textContent()) ?? "";
  const m = /of (\d+) linked pairs/.exec(text);
  return m === null ? 0 : Number(m[1]);
}

test("a link another reader makes between the two texts appears in the compare view live, and goes when removed", async ({ browser }) => {
  test.setTimeout(150_000);
  const alice = await signUp(browser, "Alina");
  const bob = await signUp(browser, "Boris");
  const groupPath = await createGroup(alice.page, "Live compare");
  const groupId = groupPath.split("/").pop()!;
  await acceptInvite(bob.page, await inviteLink(alice.page, groupPath, "annotator"), "Live compare");

  await openSource(alice.page, BIG);
  const claim = await annotate(alice.page, groupId, LEFT, "apologist_claim");
  await openSource(alice.page, REBUTTAL);
  const rebuttal = await annotate(alice.page, groupId, RIGHT, "rebuttal");

  // Bob opens the compare view of the two texts before there is a link.
  const { page } = bob;
  await openCompare(page, BIG, REBUTTAL);
  const left = page.getByRole("region", { name: `Left: ${BIG}` });
  await expect(left.locator(".an-count")).not.toHaveText("…");
  await expect(page.locator(".cmp-count")).toHaveText(/linked pairs|No linked pairs/);
  const before = await stops(page);

  // Alice links them, from her reader; Bob's view hears of it.
  const made = await alice.page.request.post(`/api/annotations/${rebuttal}/links`, { data: { toId: claim, kind: "rebuts", note: null } });
  expect(made.status(), await made.text()).toBe(201);
  const linkId = ((await made.json()) as { id: string }).id;
  await expect.poll(() => stops(page), { timeout: 20_000 }).toBe(before + 1);

  // Selecting the claim brings its new partner into view, joined by the selected connector.
  await page.locator("#L-tx").getByText(LEFT).first().evaluate((el) => el.scrollIntoView({ block: "center", behavior: "instant" }));
  const rect = await page.locator("#L-tx").evaluate((root, phrase) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + phrase.length);
      const r = range.getClientRects()[0]!;
      return { x: r.left + 10, y: (r.top + r.bottom) / 2 };
    }
    return null;
  }, LEFT);
  await page.mouse.click(rect!.x, rect!.y);
  await expect(page.locator(".cmp-link.sel")).toHaveCount(1);
  await expect(page.locator(".cmp-link.sel")).toHaveAttribute("aria-label", /There were no Fifth Columnists/);

  // Alice removes it: it goes from Bob's gutter, still without a reload.
  const removed = await alice.page.request.delete(`/api/annotations/${rebuttal}/links/${linkId}`);
  expect(removed.status(), await removed.text()).toBe(200);
  await expect.poll(() => stops(page), { timeout: 20_000 }).toBe(before);
  await expect(page.locator(".cmp-link.sel")).toHaveCount(0);
  await alice.context.close();
  await bob.context.close();
});
