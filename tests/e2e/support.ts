import { expect, type Page } from "@playwright/test";

/** The canonical text as the reader shows it: its blocks joined as the importer joins them. */
export async function canonicalText(page: Page): Promise<string> {
  // A reader reached by a click fetches its text after the page is there (components/reader/use-reader-text.ts).
  await expect(page.locator('#tx [id^="b-"]').first()).toBeAttached();
  return page.locator("#tx").evaluate((root) =>
    Array.from(root.querySelectorAll('[id^="b-"]'), (el) => el.textContent ?? "").join("\n\n"),
  );
}

/** Whether an element's box is at least partly inside the viewport. */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
}
