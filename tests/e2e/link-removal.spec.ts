import { expect, test } from "@playwright/test";
import { annotatePassage, openSource, signUp } from "./support-annotate";

// Removing a link from an annotation's detail, and undoing it, as a reader would:
// with the mouse, then with the keyboard (focus lands on Undo when the button goes).
// Private notes ("Only me"), so the specs that count a source's annotations never see them.

const SOURCE = "Again about the Stalinist deniers";
const REBUTTAL = "The content of some interrogation reports was coordinated with Stalin before they were signed by the interrogated persons.";
const FINDING = "It was also established that Radek and Sokolnikov";


test("a reader removes a link, undoes it, and removes it for good with the keyboard", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, context } = await signUp(browser, "Ines");
  await openSource(page, SOURCE);
  const rebuttal = await annotatePassage(page, REBUTTAL, /Rebuttal/, "Shvernik commission, 1963.");
  const finding = await annotatePassage(page, FINDING, /Later archival finding/, "Both recanted in prison.");

  await finding.getByRole("button", { name: "Link to another annotation…" }).click();
  const form = finding.getByRole("form", { name: "Link to another annotation" });
  await form.getByLabel("This annotation…").selectOption("confirms");
  const options = form.getByRole("combobox", { name: "Annotation", exact: true });
  const rebuttalId = await options.locator("option", { hasText: "The content of some interrogation" }).getAttribute("value");
  await options.selectOption(rebuttalId ?? "");
  await page.keyboard.press("Control+Enter");
  const links = finding.getByRole("list", { name: "Links" });
  await expect(links).toContainText("Confirms");

  // Remove with the mouse: gone from this end and, once opened, from the other.
  await links.getByRole("button", { name: /^Remove link: Confirms/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link removed." })).toBeVisible();
  await expect(finding.getByRole("list", { name: "Links" })).toHaveCount(0);
  // Undo brings it back on both ends.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link restored." })).toBeVisible();
  await expect(links).toContainText("Confirms");
  await rebuttal.locator(".an-item-head").click();
  await expect(rebuttal.getByRole("list", { name: "Links" })).toContainText("Confirmed by");

  // From the other end, with the keyboard: Enter on Remove, focus moves to Undo.
  const remove = rebuttal.getByRole("button", { name: /^Remove link: Confirmed by/ });
  await remove.focus();
  await page.keyboard.press("Enter");
  const undo = page.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await expect(rebuttal.getByRole("list", { name: "Links" })).toHaveCount(0);
  await page.keyboard.press("Enter");
  await expect(rebuttal.getByRole("list", { name: "Links" })).toContainText("Confirmed by");
  await rebuttal.getByRole("button", { name: /^Remove link: Confirmed by/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Link removed." })).toBeVisible();

  // The server kept the removal: after a reload neither end shows the link.
  await page.reload();
  for (const passage of [REBUTTAL, FINDING]) {
    const entry = page.locator(".an-item", { hasText: passage });
    await entry.locator(".an-item-head").click();
    await expect(entry.locator(".an-note").first()).toBeVisible();
    await expect(entry.getByRole("list", { name: "Links" })).toHaveCount(0);
  }
  await context.close();
});

test("a link removed in one tab goes from another reader's open annotation without reloading", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page, context } = await signUp(browser, "Iris");
  await openSource(page, SOURCE);
  const rebuttal = await annotatePassage(page, REBUTTAL, /Rebuttal/, "Shvernik commission, 1963.");
  const finding = await annotatePassage(page, FINDING, /Later archival finding/, "Both recanted in prison.");
  await finding.getByRole("button", { name: "Link to another annotation…" }).click();
  const form = finding.getByRole("form", { name: "Link to another annotation" });
  await form.getByLabel("This annotation…").selectOption("refutes");
  const options = form.getByRole("combobox", { name: "Annotation", exact: true });
  await options.selectOption((await options.locator("option", { hasText: "The content of some interrogation" }).getAttribute("value")) ?? "");
  await page.keyboard.press("Control+Enter");
  await expect(finding.getByRole("list", { name: "Links" })).toContainText("Refutes");

  // The other reader (a second tab) has the rebuttal open, showing the link.
  const other = await context.newPage();
  await openSource(other, SOURCE);
  const seen = other.locator(".an-item", { hasText: REBUTTAL });
  await seen.locator(".an-item-head").click();
  await expect(seen.getByRole("list", { name: "Links" })).toContainText("Refuted by");

  await finding.getByRole("button", { name: /^Remove link: Refutes/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link removed." })).toBeVisible();
  await expect(seen.getByRole("list", { name: "Links" })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(seen.getByRole("list", { name: "Links" })).toContainText("Refuted by");
  await context.close();
});
