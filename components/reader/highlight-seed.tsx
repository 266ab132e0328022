import { headers } from "next/headers";
import { highlightSeed } from "@/lib/annotations/highlight-seed";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { highlightSeedScript } from "@/lib/reader/highlight-seed-script";
import { highlightName, LAYERS, PAINT_MEASURE } from "@/components/annotations/layers";

/**
 * Paints the viewer's highlights as the page arrives, before hydration and the list's
 * request (lib/reader/highlight-seed-script.ts). Rendered inside a Suspense boundary
 * after the text: the text streams first, this follows when its query is done. The
 * script carries this response's CSP nonce (proxy.ts), so the policy stays strict.
 */
export async function HighlightSeed({ sourceId }: { sourceId: string }) {
  const [seed, nonce] = await Promise.all([
    getRequestAccess().then((actor) => highlightSeed({ db: db(), actor, sourceId })),
    headers().then((h) => h.get("x-nonce") ?? undefined),
  ]);
  if (seed.length === 0 || nonce === undefined) return null;
  const script = highlightSeedScript({ seed, names: LAYERS.map(highlightName), measure: PAINT_MEASURE });
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
