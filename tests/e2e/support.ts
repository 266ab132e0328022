import type { Page } from "@playwright/test";

/** The canonical text as the reader shows it: its blocks joined as the importer joins them. */
export async function canonicalText(page: Page): Promise<string> {
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
