// Fixed rows for the format tests: quotes from the real corpus (002, Vogiatzis, and
// 000 with its archival reference), a Cyrillic tag, a link, and cells that a
// spreadsheet would read as formulas.
import type { ExportContext, ExportRow, ExportSource } from "@/lib/export";

const BASE = "https://palimpsest.example";

export const VOGIATZIS: ExportSource = {
  id: "src-vogiatzis",
  slug: "moscow-trials-the-stalinist-middle-ages",
  title: "Moscow Trials: the Stalinist Middle Ages",
  author: "Panagiotis Vogiatzis",
  site: "xekinima.org",
  url: "https://net.xekinima.org/moscow-trials-the-stalinist-middle-ages/",
  published: null,
  language: "en",
  kind: "political article",
  perspective: null,
  groupId: null,
  readerUrl: `${BASE}/sources/moscow-trials-the-stalinist-middle-ages`,
};

export const DENIERS: ExportSource = {
  id: "src-deniers",
  slug: "again-about-the-stalinist-deniers",
  title: "Again about the Stalinist deniers: yes, the Moscow trials were staged, duh.",
  author: null,
  site: null,
  url: null,
  published: "2019-08-25",
  language: "en",
  kind: "blog post with reader comments",
  perspective: null,
  groupId: null,
  readerUrl: `${BASE}/sources/again-about-the-stalinist-deniers`,
};

const base = {
  versionId: "ver-1",
  prefix: "",
  suffix: "",
  anchorStatus: "exact" as const,
  groupId: null,
  visibility: "public" as const,
  updatedAt: "2026-11-30T10:00:00.000Z",
};

export const ROWS: ExportRow[] = [
  {
    ...base,
    id: "ann-krestinsky",
    source: VOGIATZIS,
    start: 4210,
    end: 4269,
    exact: "I do not recognize that I am guilty. I am not a Trotskyite.",
    layer: "primary_document",
    layerLabel: "Primary document",
    body: {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Krestinsky " }, { type: "text", text: "retracts", marks: [{ type: "italic" }] }, { type: "text", text: " his confession in court." }] },
      ],
    },
    bodyText: "Krestinsky retracts his confession in court.",
    tags: ["confessions", "третий процесс"],
    author: { id: "u1", name: "Anna Reader" },
    createdAt: "2026-11-30T09:00:00.000Z",
    links: [
      {
        id: "l1",
        kind: "rebuts",
        direction: "to",
        note: null,
        other: {
          id: "ann-bukharin",
          exact: "The confessions were sincere.",
          layer: "apologist_claim",
          sourceId: DENIERS.id,
          sourceSlug: DENIERS.slug,
          sourceTitle: DENIERS.title,
          passageUrl: `${BASE}/sources/${DENIERS.slug}?annotation=ann-bukharin`,
        },
      },
    ],
    citations: [],
    passageUrl: `${BASE}/sources/${VOGIATZIS.slug}?annotation=ann-krestinsky`,
  },
  {
    ...base,
    id: "ann-frinovsky",
    source: DENIERS,
    start: 120,
    end: 170,
    exact: "=HYPERLINK(\"http://evil.example\",\"click\")",
    layer: "archival_finding",
    layerLabel: "Later archival finding",
    visibility: "group",
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "-2+3 is what the cell holds; @SUM(A1) too." }] }] },
    bodyText: "-2+3 is what the cell holds; @SUM(A1) too.",
    tags: ["+tag", "\tTabbed"],
    author: { id: "u2", name: "@mallory" },
    createdAt: "2026-11-30T09:30:00.000Z",
    links: [],
    citations: [{ archive: "AP RF", fond: "3", opis: "24", delo: "456", list: "107", publishedIn: null, documentDate: null, url: null }],
    passageUrl: `${BASE}/sources/${DENIERS.slug}?annotation=ann-frinovsky`,
  },
];

export function context(total = ROWS.length): ExportContext {
  return { title: "Selected annotations", baseUrl: BASE, generatedAt: "2026-12-01T12:00:00.000Z", total, versionText: async () => "" };
}

export async function* batchesOf(rows: ExportRow[], size = 1): AsyncGenerator<ExportRow[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** A format's whole output as bytes. */
export async function bytesOf(chunks: AsyncIterable<Uint8Array | string>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(typeof c === "string" ? Buffer.from(c, "utf8") : Buffer.from(c));
  return Buffer.concat(parts);
}
