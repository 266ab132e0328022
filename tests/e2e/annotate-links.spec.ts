import { expect, test } from "@playwright/test";
import { annotatePassage, openSource, signUp, sourceIdOf } from "./support-annotate";

// Linking across sources from the reader: a claim in one source, a rebuttal in
// another; the rebuttal's "Link to another annotation…" finds the claim by search
// (or takes its copied link); both details then show the link, and each opens the other.
// The annotations are private ("Only me": the user has no group), so the specs
// that count a source's annotations never see them.

const SOURCE_A = "Analyzing the Moscow Trials";
const SOURCE_B = "Again about the Stalinist deniers";
const CLAIM = "Trotsky has a track record of not stating his actual positions openly.";
const REBUTTAL = "The content of some interrogation reports was coordinated with Stalin before they were signed by the interrogated persons.";
const FINDING = "It was also established that Radek and Sokolnikov";
const LINK_NOTE = "The archive shows the testimony was edited for Stalin.";


test("link a rebuttal in one source to a claim in another; both show the link, and each link opens the other", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, context } = await signUp(browser, "Lena");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);

  // The claim, in source A; its "Copy link" gives its address.
  await openSource(page, SOURCE_A);
  const claim = await annotatePassage(page, CLAIM, /Apologist claim/, "Asserted without a source.");
  await claim.getByRole("button", { name: "Copy link" }).click();
  await expect(claim.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
  const claimLink = await claim.getByLabel("Link to this annotation").inputValue();
  expect(claimLink).toMatch(/\/sources\/[^/?]+\?annotation=[A-Za-z0-9_-]+$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(claimLink);
  const claimPath = new URL(claimLink).pathname;

  // The rebuttal, in source B.
  // Annotation addresses name the source by its slug, as the library's link does.
  const rebuttalPath = await openSource(page, SOURCE_B);
  const rebuttal = await annotatePassage(page, REBUTTAL, /Rebuttal/, "Shvernik commission, 1963.");
  const toggle = rebuttal.getByRole("button", { name: "Link to another annotation…" });
  await toggle.click();
  const form = rebuttal.getByRole("form", { name: "Link to another annotation" });
  const kind = form.getByLabel("This annotation…");
  await expect(kind).toBeFocused();
  await expect(kind.locator("option")).toHaveText(["rebuts", "supports", "confirms", "refutes", "gives context to", "cites", "quotes"]);
  await kind.selectOption("rebuts");
  // B has no other annotation of this user, so the form offers the search of other sources.
  await expect(form.getByLabel("An annotation in another source")).toBeChecked();

  // A pasted link that leads nowhere is refused before saving.
  await form.getByLabel("A pasted annotation link").check();
  const pasted = form.getByRole("textbox", { name: "Annotation link" });
  await pasted.fill(claimLink.replace(/annotation=.*$/, "annotation=no-such-annotation"));
  await expect(form.getByRole("alert")).toContainText("not found, or you cannot read it");

  // Searching finds the claim in source A by words of its quote and note, her private note included.
  await form.getByLabel("An annotation in another source").check();
  const search = form.getByRole("searchbox", { name: "Search other sources" });
  await search.fill("t");
  await expect(form.getByRole("status").filter({ hasText: "Type one more character." })).toBeVisible();
  await search.fill("zzqx nothing");
  await expect(form.getByRole("status").filter({ hasText: "No annotation you can read in other sources matches" })).toBeVisible();
  await search.fill("track record asserted");
  const hit = form.getByRole("list", { name: "Annotations found" }).getByRole("listitem").filter({ hasText: "Asserted without a source." });
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText(`Apologist claim · ${SOURCE_A}`);
  await hit.getByRole("radio").check();
  await expect(form.locator(".an-target-preview")).toContainText(CLAIM);
  await expect(form.locator(".an-target-preview")).toContainText("Apologist claim");
  await form.getByLabel("Note (optional)").fill(LINK_NOTE);
  await form.getByRole("button", { name: "Save link" }).click();
  await expect(form).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(rebuttal.getByRole("status").filter({ hasText: "Link saved" })).toBeVisible();
  const toClaim = rebuttal.getByRole("list", { name: "Links" }).getByRole("listitem");
  await expect(toClaim).toHaveCount(1);
  await expect(toClaim).toContainText("Rebuts");
  await expect(toClaim).toContainText(LINK_NOTE);

  // The same link twice: the server's 409, shown in the form.
  await toggle.click();
  await form.getByLabel("This annotation…").selectOption("rebuts");
  await form.getByLabel("A pasted annotation link").check();
  await form.getByRole("textbox", { name: "Annotation link" }).fill(claimLink);
  await expect(form.locator(".an-target-preview")).toContainText(CLAIM);
  await form.getByRole("button", { name: "Save link" }).click();
  await expect(form.getByRole("alert")).toContainText('already linked as "rebuts"');
  // Escape closes the form from where the focus is (still the Save button) and returns to the toggle.
  await page.keyboard.press("Escape");
  await expect(form).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toClaim).toHaveCount(1);

  // Following the link: source A, opened on the claim, which shows the link back.
  await toClaim.getByRole("link", { name: new RegExp(`^${SOURCE_A}: “Trotsky has a track record`) }).click();
  await page.waitForURL((url) => url.pathname === claimPath && url.searchParams.has("annotation"));
  await expect(page.getByRole("heading", { level: 1, name: SOURCE_A })).toBeVisible();
  const claimAgain = page.locator(".an-item", { hasText: CLAIM });
  await expect(claimAgain).toHaveAttribute("data-selected", "true");
  const toRebuttal = claimAgain.getByRole("list", { name: "Links" }).getByRole("listitem");
  await expect(toRebuttal).toHaveCount(1);
  await expect(toRebuttal).toContainText("Rebutted by");
  await expect(toRebuttal).toContainText(LINK_NOTE);
  // An address made with the source's id instead, as before slugs, still opens the note.
  const byId = `/sources/${encodeURIComponent(await sourceIdOf(page))}?${new URL(claimLink).searchParams.toString()}`;

  // And back: source B, opened on the rebuttal.
  await toRebuttal.getByRole("link", { name: /^Again about the Stalinist deniers.*: “The content of some interrogation reports/ }).click();
  await page.waitForURL((url) => url.pathname === rebuttalPath && url.searchParams.has("annotation"));
  const rebuttalAgain = page.locator(".an-item", { hasText: REBUTTAL });
  await expect(rebuttalAgain).toHaveAttribute("data-selected", "true");
  await expect(rebuttalAgain.getByRole("list", { name: "Links" })).toContainText("Rebuts");
  await page.goto(byId);
  await expect(page.getByRole("heading", { level: 1, name: SOURCE_A })).toBeVisible();
  await expect(page.locator(".an-item", { hasText: CLAIM })).toHaveAttribute("data-selected", "true");
  await openSource(page, SOURCE_B);

  // Within one source the target is chosen from a list; both ends update at once.
  const finding = await annotatePassage(page, FINDING, /Later archival finding/, "Both recanted in prison.");
  await finding.getByRole("button", { name: "Link to another annotation…" }).click();
  const here = finding.getByRole("form", { name: "Link to another annotation" });
  await here.getByLabel("This annotation…").selectOption("confirms");
  await expect(here.getByLabel("An annotation in this source")).toBeChecked();
  const options = here.getByRole("combobox", { name: "Annotation", exact: true });
  const rebuttalId = await options.locator("option", { hasText: "The content of some interrogation" }).getAttribute("value");
  await options.selectOption(rebuttalId ?? "");
  await page.keyboard.press("Control+Enter");
  await expect(here).toHaveCount(0);
  await expect(finding.getByRole("list", { name: "Links" })).toContainText("Confirms");
  await rebuttalAgain.locator(".an-item-head").click();
  await expect(rebuttalAgain.getByRole("list", { name: "Links" }).getByRole("listitem")).toHaveCount(2);
  await expect(rebuttalAgain.getByRole("list", { name: "Links" })).toContainText("Confirmed by");

  await context.close();
});
