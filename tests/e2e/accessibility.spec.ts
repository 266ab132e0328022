import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { canonicalText } from "./support";
import { BIG, createGroup, openSource, signUp, sourceIdOf } from "./support-annotate";

// Issue 12, section 4: axe-core on every page, signed out and signed in, with
// annotations of all four layers shown: no serious or critical violation. One
// account for the whole run (a sign-up costs a bcrypt hash), pages in sequence.

const SOURCE = "Moscow Trials";
const OTHER = "The Great Purge";
const LAYERS = ["primary_document", "apologist_claim", "rebuttal", "archival_finding"] as const;

/** Runs axe on what the page shows now; fails with each rule, its impact and the elements it names. */
async function audit(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}  ${n.failureSummary?.split("\n").slice(1, 3).join(" ") ?? ""}`).join("\n")}`);
  expect.soft(report, `axe on ${what} (${page.url()})`).toEqual([]);
}

/** The library card's link to a source, as a path ("/sources/<slug>"). */
async function readerPath(page: Page, title: string): Promise<string> {
  await page.goto("/");
  const href = await page.getByRole("link", { name: title, exact: true }).first().getAttribute("href");
  if (href === null) throw new Error(`no library link to ${title}`);
  return href;
}

async function openReader(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator(".an-count")).not.toHaveText("…");
}

test("axe finds no serious or critical violation on any page, signed out or in", async ({ browser }) => {
  test.setTimeout(150_000);
  const { page, context, name } = await signUp(browser, "Ada");
  const groupPath = await createGroup(page, `Axe ${Date.now().toString(36)}`);
  const groupId = groupPath.split("/").pop();
  const reader = await readerPath(page, SOURCE);
  const compare = `/compare?left=${reader.split("/").pop()}&right=${(await readerPath(page, OTHER)).split("/").pop()}`;

  // One public annotation per layer, so both passes see every layer's tint and list entry.
  await openReader(page, reader);
  const sourceId = await sourceIdOf(page);
  const text = await canonicalText(page);
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]{6,}$/.test(w));
  const ids: string[] = [];
  for (const [i, layer] of LAYERS.entries()) {
    const exact = words[10 + i * 7]!;
    const start = text.indexOf(exact);
    const response = await page.request.post(`/api/sources/${sourceId}/annotations`, {
      data: {
        layer,
        start,
        end: start + exact.length,
        exact,
        tags: ["axe"],
        visibility: "public",
        groupId,
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `A ${layer} note.` }] }] },
      },
    });
    expect(response.status()).toBe(201);
    ids.push(((await response.json()) as { id: string }).id);
  }

  try {
    await openReader(page, reader);
    await expect(page.locator(".an-item")).toHaveCount(4);
    // Each entry is named as the highlight it stands for: layer, author, passage.
    await expect(page.getByRole("button", { name: new RegExp(`^Apologist claim by ${name}\\s?: .?${words[17]}.? A apologist_claim note\\.$`) })).toBeVisible();
    await audit(page, "the reader, signed in");
    await page.locator(".an-item-head").first().click();
    await expect(page.locator(".an-detail")).toBeVisible();
    await expect(page.locator(".an-reply-form .ProseMirror")).toBeVisible();
    await audit(page, "the reader with an annotation open");
    await page.getByRole("button", { name: "Export…" }).click();
    await expect(page.getByRole("dialog", { name: "Export annotations" })).toBeVisible();
    await audit(page, "the export dialog");
    await page.keyboard.press("Escape");

    const signedIn: [string, string][] = [
      ["the library", "/"],
      ["compare", compare],
      ["claims", "/claims"],
      ["search", "/search?q=trial"],
      ["archives", "/archives"],
      ["groups", "/groups"],
      ["a group", groupPath],
      ["tokens", "/settings/tokens"],
      ["import", `/sources/import?group=${groupId}`],
    ];
    for (const [what, url] of signedIn) {
      await page.goto(url);
      await expect(page.locator("main").first()).toBeVisible();
      await audit(page, `${what}, signed in`);
    }

    const anonymous = await (await browser.newContext()).newPage();
    await openReader(anonymous, reader);
    await expect(anonymous.locator(".an-item")).toHaveCount(4);
    await audit(anonymous, "the reader, signed out");
    for (const [what, url] of [
      ["the library", "/"],
      ["compare", compare],
      ["claims", "/claims"],
      ["search", "/search?q=trial"],
      ["archives", "/archives"],
      ["sign-in", "/sign-in"],
      ["sign-up", "/sign-up"],
      ["not found", "/sources/no-such-source"],
    ] as const) {
      await anonymous.goto(url);
      await expect(anonymous.locator("main").first()).toBeVisible();
      await audit(anonymous, `${what}, signed out`);
    }
    await anonymous.context().close();
  } finally {
    // Later specs count the public annotations of these sources and the claims board.
    for (const id of ids) await page.request.delete(`/api/annotations/${id}`);
    await context.close();
  }
});
