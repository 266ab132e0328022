import { expect, test } from "@playwright/test";
import { createGroup, inviteLink, signUp } from "./support-annotate";

// An owner revokes an open invite link (it then no longer works for anyone) and
// deletes the group, confirming by typing its name.

test("an owner revokes an invite link and deletes the group", async ({ browser }) => {
  test.setTimeout(90_000);
  const owner = await signUp(browser, "Olga");
  const groupName = `Revocation seminar ${Date.now().toString(36)}`;
  const groupPath = await createGroup(owner.page, groupName);
  const link = await inviteLink(owner.page, groupPath, "viewer");

  // The invite page turned the link into an open invite: revoke it from the list.
  await owner.page.goto(groupPath);
  const pending = owner.page.getByRole("region", { name: "Open invite links" });
  await expect(pending.getByRole("listitem")).toHaveCount(1);
  await pending.getByRole("button", { name: /^Revoke the Viewer link/ }).click();
  await expect(owner.page.getByRole("region", { name: "Open invite links" })).toHaveCount(0);

  const guest = await signUp(browser, "Gleb");
  await guest.page.goto(link);
  await expect(guest.page.getByText("This invite link is not valid")).toBeVisible();
  await expect(guest.page.getByRole("button", { name: `Join ${groupName}` })).toHaveCount(0);

  // Deleting needs the group's name typed again.
  await owner.page.goto(groupPath);
  const zone = owner.page.getByRole("region", { name: "Delete this group" });
  const confirm = zone.getByRole("button", { name: "Delete the group" });
  await expect(confirm).toBeDisabled();
  await zone.getByLabel(/Type the group's name/).fill("not the name");
  await expect(confirm).toBeDisabled();
  await zone.getByLabel(/Type the group's name/).fill(groupName);
  await confirm.click();
  await owner.page.waitForURL((url) => url.pathname === "/groups");
  await expect(owner.page.getByRole("link", { name: groupName })).toHaveCount(0);
  const gone = await owner.page.goto(groupPath);
  expect(gone?.status()).toBe(404);

  await owner.context.close();
  await guest.context.close();
});
