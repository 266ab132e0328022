import { expect, test, type BrowserContext } from "@playwright/test";
import { createGroup, dragSelect, inviteLink, openSource, signUp, sourceIdOf } from "./support-annotate";

// Finding 1.8: every response carries the security headers; every page runs under
// the nonce-based policy without one violation, the reader's highlights and the
// note editor included.

function parseCsp(header: string): Map<string, string[]> {
  return new Map(
    header
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== "")
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  const csp = parseCsp(headers["content-security-policy"] ?? "");
  expect(csp.get("frame-ancestors"), what).toEqual(["'none'"]);
  return csp;
}

/** A page's policy: scripts only with this response's nonce. Returns the nonce source. */
function expectPageHeaders(headers: Record<string, string>, what: string) {
  const csp = expectSecurityHeaders(headers, what);
  const scripts = csp.get("script-src") ?? [];
  expect(scripts.some((s) => /^'nonce-[A-Za-z0-9+/=_-]{16,}'$/.test(s)), `${what}: ${scripts.join(" ")}`).toBe(true);
  expect(scripts, what).not.toContain("'unsafe-inline'");
  expect(csp.get("object-src"), what).toEqual(["'none'"]);
  return scripts.find((s) => s.startsWith("'nonce-"));
}

/** JSON and event streams load nothing at all. */
function expectApiHeaders(headers: Record<string, string>, what: string) {
  expect(expectSecurityHeaders(headers, what).get("default-src"), what).toEqual(["'none'"]);
}

/** Records every CSP violation the pages of `context` report, by event and by console. */
async function recordViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding("__cspViolation", ({ page }, text: string) => {
    violations.push(`${page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI} ${e.sample}`);
    });
  });
  context.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(`${message.page()?.url()}: ${message.text()}`);
  });
  return violations;
}

test("pages, JSON and the event stream carry the security headers, with a fresh nonce each time", async ({ page, baseURL }) => {
  const first = await page.request.get("/");
  const second = await page.request.get("/");
  const nonce = expectPageHeaders(first.headers(), "/");
  expect(expectPageHeaders(second.headers(), "/ again")).not.toBe(nonce);
  const html = await first.text();
  // Next puts the nonce on its own scripts; no script tag goes without it.
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce!.slice(7, -1)}"`);

  expectPageHeaders((await page.request.get("/sign-in")).headers(), "/sign-in");
  expectPageHeaders((await page.request.get("/no-such-page")).headers(), "404 page");
  await openSource(page);
  const sourceId = await sourceIdOf(page);
  const list = await page.request.get(`/api/sources/${sourceId}/annotations`);
  expect(list.headers()["content-type"]).toContain("application/json");
  expectApiHeaders(list.headers(), "JSON");
  const refused = await page.request.post(`/api/sources/${sourceId}/annotations`, { data: {} });
  expectApiHeaders(refused.headers(), `JSON ${refused.status()}`);

  // The stream never ends by itself: read its headers and hang up.
  const abort = new AbortController();
  const stream = await fetch(`${baseURL}/api/sources/${sourceId}/events`, { signal: abort.signal });
  expect(stream.headers.get("content-type")).toContain("text/event-stream");
  expectApiHeaders(Object.fromEntries(stream.headers), "event stream");
  abort.abort();

  // Built assets are not sniffed either.
  const script = html.match(/<script\b[^>]*\bsrc="([^"]+)"/)?.[1];
  expect(script).toBeDefined();
  const asset = await page.request.get(script!);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
});

test("every page loads with no CSP violation; highlights, the editor and positioned toolbars still work", async ({ browser }) => {
  test.setTimeout(120_000);
  const stranger = await browser.newContext();
  const strangerViolations = await recordViolations(stranger);
  const anonymous = await stranger.newPage();
  for (const path of ["/", "/sign-in", "/sign-up", "/no-such-page"]) {
    await anonymous.goto(path);
    await expect(anonymous.locator("h1").first()).toBeVisible();
  }
  await openSource(anonymous);

  const owner = await signUp(browser, "Headers");
  const violations = await recordViolations(owner.context);
  const page = owner.page;
  const groupPath = await createGroup(page, `Policy seminar ${Date.now().toString(36)}`);
  const link = await inviteLink(page, groupPath, "viewer");
  for (const path of ["/", "/groups", groupPath, "/sources/import", new URL(link).pathname]) {
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeVisible();
  }

  // The reader: a selection raises the positioned toolbar, a layer opens the editor,
  // the saved note is painted with the CSS Custom Highlight API.
  await openSource(page);
  await dragSelect(page, "Analyzing the Moscow Trials");
  const toolbar = page.getByRole("toolbar", { name: "Annotate the selected passage" });
  await expect(toolbar).toBeVisible();
  const placed = await toolbar.evaluate((el) => getComputedStyle(el).position !== "static" && el.style.top !== "");
  expect(placed).toBe(true);
  await toolbar.getByRole("button", { name: /Rebuttal/ }).click();
  const composer = page.getByRole("region", { name: "New annotation" });
  await expect(composer.locator(".ProseMirror")).toBeFocused();
  await page.keyboard.type("Painted under the policy.");
  await page.keyboard.press("Control+b");
  await page.keyboard.type(" bold");
  await expect(composer.locator(".ProseMirror strong")).toHaveText(" bold");
  await composer.getByRole("button", { name: "Save annotation" }).click();
  await expect(page.locator(".an-item", { hasText: "Painted under the policy." })).toBeVisible();
  await expect.poll(() => page.evaluate(() => CSS.highlights.get("an-rebuttal")?.size ?? 0)).toBeGreaterThan(0);

  expect(violations).toEqual([]);
  expect(strangerViolations).toEqual([]);
  await Promise.all([owner.context.close(), stranger.close()]);
});
