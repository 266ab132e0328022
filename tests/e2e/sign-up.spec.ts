import { expect, test } from "@playwright/test";
import { PASSWORD, signInInBrowser, signUp } from "./support-annotate";
import { proxyFrom, replayFrom } from "./support-peers";

test.describe("sign-up", () => {
  test.setTimeout(180_000);

  test("a taken email gets the same answer as a new one, and its account is unchanged", async ({ browser }) => {
    const owner = await signUp(browser, "Holder");
    await owner.context.clearCookies();

    const stranger = await browser.newContext();
    const page = await stranger.newPage();
    await page.goto("/sign-up");
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill("a stranger's password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/sign-in\?/);
    await expect(page.getByText("We could not sign you in with that email and password.")).toBeVisible();
    await expect(page.getByText(/already exists/)).toHaveCount(0);
    await stranger.close();

    // The owner's password still works: nothing about the account changed.
    await signInInBrowser(owner.page, owner.email, PASSWORD);
    await expect(owner.page.getByRole("navigation", { name: "Account" })).toContainText("Holder");
    await owner.context.close();
  });

  test("past the limit from one address the form says to wait", async ({ browser }) => {
    // This test's browser reaches the app from its own address, so the other tests' sign-ups do not count.
    const from = "127.0.0.31";
    const proxy = await proxyFrom(from);
    const context = await browser.newContext({ proxy: { server: proxy.server } });
    const page = await context.newPage();
    await page.goto("/sign-up");
    const email = `many-${Date.now()}@example.org`;
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    const action = page.waitForRequest((request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
    await page.getByRole("button", { name: "Create account" }).click();
    const sent = await action;
    const path = new URL(sent.url()).pathname;
    // The same sign-up again and again from that address, until the limit (30 an hour) is spent.
    for (let i = 0; i < 30; i++) await replayFrom(from, path, await sent.allHeaders(), sent.postDataBuffer() ?? Buffer.alloc(0));

    await context.clearCookies();
    await page.goto("/sign-up");
    await page.getByLabel("Email").fill(`late-${Date.now()}@example.org`);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(/^Too many sign-ups from your network; try again in \d+ minutes?\.$/)).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up/);
    await context.close();
    await proxy.close();
  });
});
