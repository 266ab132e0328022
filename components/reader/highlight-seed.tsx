import { headers } from "next/headers";
import { highlightName, LAYERS, PAINT_MEASURE } from "@/components/annotations/layers";
import { highlightSeedScript } from "@/lib/reader/highlight-seed-script";

/**
 * Paints the viewer's highlights as the page arrives, before hydration and the list's
 * request (lib/reader/highlight-seed-script.ts). `seed` is lib/annotations/highlight-seed.ts,
 * started by the page beside its own reads; rendered inside a Suspense boundary after
 * the text, it goes out with the text when ready by then, else streams after it. The
 * script carries this response's CSP nonce (proxy.ts), so the policy stays strict.
 */
export async function HighlightSeed({ seed, prefix = "" }: { seed: Promise<number[]>; prefix?: string }) {
  const [triples, nonce] = await Promise.all([seed, headers().then((h) => h.get("x-nonce") ?? undefined)]);
  if (triples.length === 0 || nonce === undefined) return null;
  const script = highlightSeedScript({ seed: triples, names: LAYERS.map(highlightName), measure: PAINT_MEASURE, prefix });
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
