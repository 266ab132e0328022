import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { annotatePassage, openSource, signUp } from "./support-annotate";

// Issue 10: a reader picks three annotations with the panel's checkboxes and
// exports them as Markdown and as PDF; the downloaded files hold those three and
// nothing else.

const SOURCE = "Moscow Trials: the Stalinist Middle Ages";
const PASSAGES = [
  { quote: "Suffocating the revolution", layer: /Primary document/, note: "EXPORT-ONE heading of the article" },
  { quote: "Vyshinsky preferred to change the subject immediately.", layer: /Rebuttal/, note: "EXPORT-TWO the prosecutor dodges" },
  { quote: "Horror in numbers", layer: /Later archival finding/, note: "EXPORT-THREE numbers follow" },
  { quote: "Some examples", layer: /Apologist claim/, note: "EXPORT-NOT-PICKED stays out" },
];

async function download(page: Page, format: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole("dialog", { name: "Export annotations" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("radio", { name: /The 3 annotations picked/ })).toBeChecked();
  await dialog.getByRole("radio", { name: format }).check();
  const started = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Export" }).click();
  const file = await started;
  await expect(dialog.getByRole("status")).toContainText("Downloaded");
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test("three annotations picked in the panel export as Markdown and PDF", async ({ browser }) => {
  test.setTimeout(180_000);
  const { page } = await signUp(browser, "Exporter");
  await openSource(page, SOURCE);
  for (const p of PASSAGES) await annotatePassage(page, p.quote, p.layer, p.note);

  for (const p of PASSAGES.slice(0, 3)) {
    await page.locator(".an-item", { hasText: p.quote }).getByRole("checkbox", { name: /Pick for export/ }).check();
  }
  await page.getByRole("button", { name: "Export 3 picked…" }).click();

  const md = await download(page, /^Markdown$/);
  expect(md.name).toMatch(/\.md$/);
  const markdown = md.bytes.toString("utf8");
  for (const p of PASSAGES.slice(0, 3)) {
    expect(markdown).toContain(`> ${p.quote}`);
    expect(markdown).toContain(p.note);
  }
  expect(markdown).not.toContain("EXPORT-NOT-PICKED");
  expect(markdown).toContain("**Later archival finding**");
  expect(markdown).toMatch(/Source: .*Moscow Trials: The Stalinist Middle Ages/);
  expect(markdown).toMatch(/\[Passage\]\(<http:\/\/127\.0\.0\.1:\d+\/sources\/[^?]+\?annotation=/);

  const pdf = await download(page, /^PDF$/);
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: true });
  const flat = text.replace(/\s+/g, " ");
  for (const p of PASSAGES.slice(0, 3)) expect(flat).toContain(p.note);
  expect(flat).toContain("REBUTTAL");
  expect(flat).not.toContain("EXPORT-NOT-PICKED");

  // The dates narrow any scope: from tomorrow holds none of them, from today all four.
  const dialog = page.getByRole("dialog", { name: "Export annotations" });
  await dialog.getByRole("radio", { name: "Every annotation on this source" }).check();
  await dialog.getByRole("radio", { name: /^CSV/ }).check();
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await dialog.getByLabel("From").fill(day(1));
  await dialog.getByLabel("To").fill(day(-1));
  await expect(dialog.getByText("The first day is after the last.")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Export" })).toBeDisabled();
  await dialog.getByLabel("To").fill("");
  const csvOf = async () => {
    const started = page.waitForEvent("download");
    await dialog.getByRole("button", { name: "Export" }).click();
    const file = await started;
    await expect(dialog.getByRole("status")).toContainText("Downloaded");
    return (await readFile(await file.path())).toString("utf8");
  };
  const none = await csvOf();
  for (const p of PASSAGES) expect(none).not.toContain(p.note);
  await dialog.getByLabel("From").fill(day(0));
  await dialog.getByLabel("To").fill(day(0));
  const all = await csvOf();
  for (const p of PASSAGES) expect(all).toContain(p.note);
});
