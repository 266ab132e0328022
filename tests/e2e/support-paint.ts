import type { Page } from "@playwright/test";

// What the text column shows, read from its pixels: a line the DOM does not explain
// (a decoration painted past its highlight, a spelling squiggle, a focus ring) is
// only seen there. Issue 12, section 2, item 5: "a stray wavy orange line".

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Counts the orange pixels (the apologist layer's and the focus colour's hue) painted in
 * the visible part of the text column outside the boxes of `highlight`'s ranges, where
 * an orange underline belongs. Returns the count and where the first few are.
 */
export async function strayOrange(page: Page, highlight = "an-apologist_claim", root = "#tx") {
  const { clip, allowed } = await page.locator(root).evaluate((el, name) => {
    const r = el.getBoundingClientRect();
    const top = Math.max(0, r.top);
    const bottom = Math.min(window.innerHeight, r.bottom);
    const clip = { x: Math.max(0, r.left), y: top, width: Math.min(window.innerWidth, r.right) - Math.max(0, r.left), height: bottom - top };
    const ranges = [...((CSS.highlights.get(name) as Highlight | undefined) ?? [])] as Range[];
    // Below the text by the underline's offset and wave; a little either side for antialiasing.
    const allowed = ranges.flatMap((range) =>
      Array.from(range.getClientRects(), (b) => ({ x: b.left - 3, y: b.top - 2, width: b.width + 6, height: b.height + 10 })),
    );
    return { clip, allowed };
  }, highlight);
  if (clip.width <= 0 || clip.height <= 0) return { count: 0, at: [] as { x: number; y: number }[] };
  const png = await page.screenshot({ clip });
  return page.evaluate(
    async ({ data, clip, allowed }: { data: string; clip: Box; allowed: Box[] }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(bitmap, 0, 0);
      const { data: px } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const scale = bitmap.width / clip.width;
      const inside = (x: number, y: number) => allowed.some((b) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height);
      let count = 0;
      const at: { x: number; y: number }[] = [];
      for (let j = 0; j < bitmap.height; j++) {
        for (let i = 0; i < bitmap.width; i++) {
          const k = (j * bitmap.width + i) * 4;
          const [r, g, b] = [px[k]!, px[k + 1]!, px[k + 2]!];
          // Saturated orange: #d55e00, #c2410c and their antialiased edges; not the pale tints, not the text.
          if (!(r > 150 && r - b > 110 && g < r - 50 && g > b)) continue;
          const x = clip.x + i / scale;
          const y = clip.y + j / scale;
          if (inside(x, y)) continue;
          count += 1;
          if (at.length < 5) at.push({ x: Math.round(x), y: Math.round(y) });
        }
      }
      return { count, at };
    },
    { data: png.toString("base64"), clip, allowed },
  );
}
