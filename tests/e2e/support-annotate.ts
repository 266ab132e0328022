import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { proxyFrom } from "./support-peers";

// Accounts, groups and sources for the annotation specs, driven through the real
// pages (sign-up form, group page, invite link), as a user would.

export const BIG = "Analyzing the Moscow Trials";
export const PASSWORD = "correct horse battery staple";

export interface Person {
  context: BrowserContext;
  page: Page;
  name: string;
  email: string;
  /** The loopback address this person's browser reaches the app from. */
  address: string;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

// The app allows 30 sign-ups an hour from one address (lib/accounts/sign-up.ts) and
// the suite signs up more people than that, so each person reaches the app from an
// address of their own, as people on different networks do: a forward proxy bound to
// one of these loopback addresses. They stay clear of the 127.0.0.x addresses the
// specs give to attackers.
const NETWORKS = 16;
const networks = new Map<string, Promise<string>>();
let nextNetwork = 0;

async function ownNetwork(): Promise<{ address: string; proxy: string }> {
  const address = `127.0.1.${1 + (nextNetwork++ % NETWORKS)}`;
  let proxy = networks.get(address);
  if (proxy === undefined) {
    proxy = proxyFrom(address).then((opened) => opened.server);
    networks.set(address, proxy);
  }
  return { address, proxy: await proxy };
}

/** Signs up a new person in a context of their own; `contextOptions` points it at another instance, say. */
export async function signUp(browser: Browser, name: string, contextOptions: BrowserContextOptions = {}): Promise<Person> {
  const network = await ownNetwork();
  const context = await browser.newContext({ proxy: { server: network.proxy }, ...contextOptions });
  const page = await context.newPage();
  const email = `${name.toLowerCase()}-${unique()}@example.org`;
  await page.goto("/sign-up");
  await page.getByLabel(/^Name/).fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
  return { context, page, name, email, address: network.address };
}

/** Fills and sends the sign-in form. */
export async function signInInBrowser(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Creates a group and returns its page's path. */
export async function createGroup(page: Page, name: string): Promise<string> {
  await page.goto("/groups");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create group" }).click();
  await page.waitForURL(/\/groups\/[^/]+$/);
  return new URL(page.url()).pathname;
}

/** An invite link for `role`, made on the group's page by its owner. */
export async function inviteLink(page: Page, groupPath: string, role: "annotator" | "viewer" | "editor"): Promise<string> {
  await page.goto(groupPath);
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Create invite link" }).click();
  const field = page.getByLabel(/Invite link/);
  await expect(field).toHaveValue(/\/invite\//);
  return field.inputValue();
}

export async function acceptInvite(page: Page, link: string, groupName: string): Promise<void> {
  await page.goto(link);
  await page.getByRole("button", { name: `Join ${groupName}` }).click();
  await page.waitForURL(/\/groups\/[^/]+$/);
}

/** Opens the big source from the library and waits for the annotation list to load. */
export async function openSource(page: Page, title = BIG): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator(".an-count")).not.toHaveText("…");
  return new URL(page.url()).pathname;
}

/** The sourceId the API uses (the page may be reached by slug). */
/** Opens the compare view as a reader does: "Compare with…" on `left`'s library card, then `right` from the picker. */
export async function openCompare(page: Page, left: string, right: string): Promise<void> {
  await page.goto("/");
  await page.locator(".card", { has: page.getByRole("link", { name: left, exact: true }) }).getByRole("link", { name: "Compare with…" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Compare “${left}” with…` })).toBeVisible();
  await page.getByRole("link", { name: right }).click();
}

export async function sourceIdOf(page: Page): Promise<string> {
  const id = await page.locator(".an-panel").getAttribute("data-source-id");
  if (id === null || id === "") throw new Error("the annotation panel has no data-source-id");
  return id;
}

/**
 * Drags the mouse across `phrase` inside the text (the first occurrence), as a
 * reader selects a passage. The phrase's box is measured once scrolling and the
 * blocks' lazy layout (content-visibility) have settled: measured earlier, the
 * drag could end a few characters short (seen once in CI). A drag that still
 * selects something else is tried again, and a third miss fails with what it got.
 * `root` names the text (a compare pane's: "#L-tx", "#R-tx").
 */
export async function dragSelect(page: Page, phrase: string, root = "#tx"): Promise<void> {
  let selected = "";
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const box = await page.locator(root).evaluate(async (root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + wanted.length);
        (n.parentElement ?? root).scrollIntoView({ block: "center", behavior: "instant" });
        const measure = () => {
          const rects = range.getClientRects();
          const first = rects[0]!;
          const last = rects[rects.length - 1]!;
          return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
        };
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        // Blocks lay out late (content-visibility in text.css) and can move the phrase,
        // even mid-drag; under CI load 30 blocks either side were not enough (the drag
        // ended paragraphs below). Lay out the whole text once, then wait until the
        // phrase holds still, and scroll again if it left the view.
        for (const b of root.querySelectorAll<HTMLElement>(".tx > *")) b.style.contentVisibility = "visible";
        (n.parentElement ?? root).scrollIntoView({ block: "center", behavior: "instant" });
        const onScreen = (box: { y1: number; y2: number }) => box.y1 > 0 && box.y2 < window.innerHeight;
        let last = "";
        let still = 0;
        for (let i = 0; i < 60; i += 1) {
          await frame();
          const now = measure();
          still = JSON.stringify(now) === last ? still + 1 : 0;
          if (still >= 3 && onScreen(now)) return now;
          if (!onScreen(now)) (n.parentElement ?? root).scrollIntoView({ block: "center", behavior: "instant" });
          last = JSON.stringify(now);
        }
        return measure();
      }
      return null;
    }, phrase);
    if (box === null) throw new Error(`"${phrase}" is not in one text node of the source`);
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await page.mouse.move(box.x2, box.y2, { steps: 4 });
    await page.mouse.up();
    selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    if (selected === phrase) return;
  }
  throw new Error(`Dragging across "${phrase}" selected "${selected}"`);
}

/** Types into the focused tiptap editor. */
export async function typeNote(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
}

/**
 * Selects `passage`, tags it with `layer`, types `note` and saves, leaving the
 * annotation opened. Users without a group get a private note ("Only me").
 */
export async function annotatePassage(page: Page, passage: string, layer: RegExp, note: string) {
  await dragSelect(page, passage);
  await page.getByRole("toolbar", { name: "Annotate the selected passage" }).getByRole("button", { name: layer }).click();
  const composer = page.getByRole("region", { name: "New annotation" });
  await expect(composer.locator(".ProseMirror")).toBeFocused();
  await page.keyboard.type(note);
  await expect(composer.getByLabel("Only me")).toBeChecked();
  await composer.getByRole("button", { name: "Save annotation" }).click();
  const entry = page.locator(".an-item", { hasText: passage });
  // Saved and opened: its detail is there.
  await expect(entry.locator(".an-note").first()).toHaveText(note);
  return entry;
}
