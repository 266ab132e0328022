import { expect, test } from "@playwright/test";
import { PASSWORD, signUp } from "./support-annotate";

// Finding 1.3: a callbackUrl that becomes "//evil.example" once its dots are
// resolved sent a signed-in visitor (and anyone signing in through the form) away.

const DISGUISED = ["/.//evil.example", "/..//evil.example", "/%2e//evil.example"];

test("signed in, sign-in and sign-up redirect a disguised callbackUrl home, not to another site", async ({ browser, baseURL }) => {
  const { context, page } = await signUp(browser, "Redirected");
  for (const path of ["/sign-in", "/sign-up"]) {
    for (const callbackUrl of DISGUISED) {
      const response = await page.request.get(`${path}?callbackUrl=${encodeURIComponent(callbackUrl)}`, { maxRedirects: 0 });
      expect(response.status(), `${path} ${callbackUrl}`).toBe(307);
      const location = response.headers().location ?? "";
      expect(new URL(location, baseURL).origin, `${path} ${callbackUrl} -> ${location}`).toBe(new URL(baseURL ?? "").origin);
      expect(location).toBe("/");
    }
  }
  await context.close();
});

test("signing in through the form on a disguised callbackUrl stays on this site", async ({ browser, baseURL }) => {
  const account = await signUp(browser, "Landing");
  await account.context.close();
  const context = await browser.newContext();
  // Were the browser sent away, it would land here instead of failing to resolve the host.
  await context.route((url) => url.hostname === "evil.example", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<h1>evil</h1>" }));
  const page = await context.newPage();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/.//evil.example")}`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
  await expect(page.getByRole("heading", { name: "evil" })).toHaveCount(0);
  await context.close();
});
