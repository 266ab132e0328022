import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { canonicalText } from "./support";
import { openSource, signUp } from "./support-annotate";

// A reader imports a W3C Web Annotation file onto the source they read: a bad file
// gets its list of problems, a good one a preview (placed / not found), then the import,
// and the imported note shows in the panel.

const QUOTE = "Uniting maximum force against the main target proved successful";
const NOTE = `Imported from another tool ${Date.now().toString(36)}`;

test("a reader previews and imports a W3C annotation file from the reader", async ({ browser }) => {
  test.setTimeout(90_000);
  const dir = await mkdtemp(path.join(tmpdir(), "palimpsest-annotations-"));
  const good = path.join(dir, "annotations.jsonld");
  const bad = path.join(dir, "broken.json");
  const alice = await signUp(browser, "Alice");
  const page = alice.page;
  await openSource(page);
  expect(await canonicalText(page)).toContain(QUOTE);

  const annotation = (exact: string, note: string) => ({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    creator: { type: "Person", name: "Someone Else" },
    body: [{ type: "TextualBody", purpose: "commenting", value: note }, { type: "TextualBody", purpose: "classifying", value: "rebuttal" }],
    target: { source: "https://elsewhere.example/trials", selector: { type: "TextQuoteSelector", exact } },
  });
  await writeFile(good, JSON.stringify({ type: "AnnotationPage", items: [annotation(QUOTE, NOTE), annotation("A sentence that this text does not contain anywhere at all.", "lost")] }));
  await writeFile(bad, JSON.stringify([{ type: "Note" }, { type: "Annotation", target: "https://example.org/" }]));

  await page.getByText("Import annotations", { exact: true }).click();
  await page.getByLabel("File", { exact: true }).setInputFiles(bad);
  await page.getByRole("button", { name: "Preview" }).click();
  const alert = page.locator(".ix-import [role=alert]");
  await expect(alert).toContainText('its type is "Note"');
  await expect(alert).toContainText("no TextQuoteSelector");

  await page.getByLabel("File", { exact: true }).setInputFiles(good);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.locator(".ix-summary")).toContainText("1 placed, 0 moved, 0 doubtful, 1 not found");
  await page.getByRole("button", { name: "Import 1 annotation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 1 annotation" })).toBeVisible();
  await expect(page.locator(".an-panel").getByText(NOTE)).toBeVisible();
});

test("a reader makes an API token, another tool reads the source's W3C container with it, and a revoked token is refused", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const bob = await signUp(browser, "Bob");
  const page = bob.page;
  const sourcePath = await openSource(page);
  await page.goto("/");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await expect(page.getByText("You have no API tokens yet.")).toBeVisible();
  await page.getByLabel("Name").fill("Zotero sync");
  await page.getByRole("button", { name: "Make token" }).click();
  const secret = await page.getByLabel("The new token").inputValue();
  expect(secret).toMatch(/^pal_/);
  await expect(page.locator(".pending-list").getByText("Zotero sync")).toBeVisible();

  const container = `/api/w3c${sourcePath}/`;
  const answer = await request.get(container, { headers: { authorization: `Bearer ${secret}` } });
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
  expect(answer.headers()["access-control-allow-origin"]).toBe("*");
  expect(((await answer.json()) as { type: string[] }).type).toEqual(["BasicContainer", "AnnotationCollection"]);

  await page.getByRole("button", { name: "Revoke the token Zotero sync" }).click();
  await expect(page.getByText("You have no API tokens yet.")).toBeVisible();
  expect((await request.get(container, { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(401);
});
