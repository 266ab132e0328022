import { expect, test } from "@playwright/test";
import { annotatePassage, openSource, signUp } from "./support-annotate";

// The claims board as a reader uses it: a claim marked in one source shows as
// unanswered; once an archival finding in another source refutes it, the board says
// so, filters by that status, shows the chain and opens the compare view of the pair.
// Private notes ("Only me"), so the specs that count a source's annotations never see them.

const CLAIM_SOURCE = "Analyzing the Moscow Trials";
const FINDING_SOURCE = "Again about the Stalinist deniers";
const CLAIM = "Trotsky has a track record of not stating his actual positions openly.";
const FINDING = "It was also established that Radek and Sokolnikov";

test("the claims board's status changes after a refutes link from an archival finding", async ({ browser }) => {
  test.setTimeout(150_000);
  const { page, context } = await signUp(browser, "Clara");

  await page.goto("/claims");
  await expect(page.getByText("No apologist claims you can read yet.")).toBeVisible();

  await openSource(page, CLAIM_SOURCE);
  const claimPath = new URL(page.url()).pathname;
  await annotatePassage(page, CLAIM, /Apologist claim/, "Said without evidence.");

  // The header's nav leads to the board.
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
  const card = page.getByRole("list", { name: "Claims" }).getByRole("listitem").filter({ hasText: CLAIM });
  await expect(card).toHaveCount(1);
  await expect(card.locator(".cl-status")).toHaveText(/Unanswered/);
  await expect(card).toContainText(CLAIM_SOURCE);
  await expect(card.getByRole("link", { name: /^Compare with/ })).toHaveCount(0);

  // An archival finding in the other source refutes it, linked from the reader.
  await openSource(page, FINDING_SOURCE);
  const findingPath = new URL(page.url()).pathname;
  const finding = await annotatePassage(page, FINDING, /Later archival finding/, "Both recanted in prison.");
  await finding.getByRole("button", { name: "Link to another annotation…" }).click();
  const form = finding.getByRole("form", { name: "Link to another annotation" });
  await form.getByLabel("This annotation…").selectOption("refutes");
  await form.getByLabel("An annotation in another source").check();
  await form.getByRole("searchbox", { name: "Search other sources" }).fill("track record");
  const hit = form.getByRole("list", { name: "Annotations found" }).getByRole("listitem").filter({ hasText: "Said without evidence." });
  await hit.getByRole("radio").check();
  await form.getByRole("button", { name: "Save link" }).click();
  await expect(finding.getByRole("list", { name: "Links" })).toContainText("Refutes");

  // Back on the board, by keyboard: the status follows the link.
  await page.goto("/claims");
  await expect(card.locator(".cl-status")).toHaveText(/Refuted by an archival finding/);
  await expect(card.getByRole("list", { name: "Evidence timeline" })).toContainText("Archive spoke");
  const summary = card.locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(card.locator(".cl-chain")).toContainText(FINDING);
  await expect(card.locator(".cl-chain")).toContainText("Refuted by");
  const compare = card.getByRole("link", { name: `Compare with ${FINDING_SOURCE}` });
  const slug = (p: string) => p.replace(/^\/sources\//, "");
  expect(await compare.getAttribute("href")).toMatch(new RegExp(`^/compare\\?left=${slug(claimPath)}&right=${slug(findingPath)}&at=link%3A[A-Za-z0-9_-]+$`));
  // It opens on the claim and the finding joined: their connector is the one in focus.
  await compare.click();
  await expect(page.getByRole("region", { name: `Left: ${CLAIM_SOURCE}` })).toBeVisible();
  await expect(page.locator(".cmp-link.sel")).toHaveCount(1);
  await expect(page.locator(".cmp-link.sel")).toHaveAttribute("aria-label", new RegExp(CLAIM.slice(0, 30)));
  await page.goto("/claims");

  // The status filter keeps it; another status hides it.
  await page.getByLabel("Status").selectOption("refuted");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=refuted/);
  await expect(card).toHaveCount(1);
  await page.getByLabel("Status").selectOption("unanswered");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No claim matches these filters.")).toBeVisible();

  // On a phone the board fits the width.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/claims?sort=years");
  await expect(card.locator(".cl-status")).toHaveText(/Refuted/);
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && e.closest(".skip") === null)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  );
  expect(overflowing).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
