import { expect, test } from "@playwright/test";
import { PASSWORD, signInInBrowser, signUp } from "./support-annotate";
import { attemptFrom, type SignInAnswer, signInFrom } from "./support-peers";

// Each person's browser connects from an address of their own (support-annotate.ts);
// attackers from other loopback addresses.

async function ownerAccount(browser: Parameters<typeof signUp>[0], name: string) {
  const owner = await signUp(browser, name);
  await owner.context.clearCookies();
  return owner;
}

test.describe("sign-in limits", () => {
  test.setTimeout(180_000);

  test("five wrong passwords from an attacker's address do not stop the owner signing in from theirs", async ({ browser }) => {
    const owner = await ownerAccount(browser, "Owner");
    for (let i = 0; i < 5; i++) expect(await signInFrom("127.0.0.21", owner.email, `guess ${i}`)).toBe("CredentialsSignin");
    // The attacker's own address is now refused at this account.
    expect(await signInFrom("127.0.0.21", owner.email, "guess 6")).toMatch(/^Throttled:\d+$/);

    await signInInBrowser(owner.page, owner.email, PASSWORD);
    await expect(owner.page.getByRole("navigation", { name: "Account" })).toContainText("Owner");
    await owner.context.close();
  });

  test("30 tries across 30 emails with a rotating X-Forwarded-For are throttled when no proxy is trusted", async () => {
    const answers: SignInAnswer[] = [];
    for (let i = 0; i < 30; i++) answers.push(await attemptFrom("127.0.0.22", `sprayed${i}-${Date.now()}@example.org`, "Password1", `203.0.113.${i}`));
    expect(answers.slice(0, 20).map((a) => a.error)).toEqual(Array(20).fill("CredentialsSignin"));
    for (const refused of answers.slice(20)) {
      expect(refused).toMatchObject({ status: 429, error: expect.stringMatching(/^Throttled:\d+$/) });
      expect(Number(refused.retryAfter)).toBeGreaterThan(14 * 60);
    }
  });

  test("\"1.2.3.4, <victim address>\" does not lock the victim's address", async ({ browser }) => {
    const victim = await ownerAccount(browser, "Victim");
    // The attacker names the victim's own address as the nearest hop.
    for (let i = 0; i < 25; i++) await signInFrom("127.0.0.23", `nobody${i}-${Date.now()}@example.org`, "Password1", `1.2.3.4, ${victim.address}`);
    await signInInBrowser(victim.page, victim.email, PASSWORD);
    await expect(victim.page.getByRole("navigation", { name: "Account" })).toContainText("Victim");
    await victim.context.close();
  });
});
