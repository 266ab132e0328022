// A source as a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
// the input citeproc-js formats and reference managers import.
import type { ExportSource } from "../row";

export interface CslItem {
  id: string;
  type: "webpage" | "post-weblog" | "entry-encyclopedia";
  title: string;
  author?: ({ family: string; given: string } | { literal: string })[];
  "container-title"?: string;
  URL?: string;
  issued?: { "date-parts": [number[]] };
  language?: string;
}

/** The source's kind is free text from the import form; these words pick the CSL type (CSL "article" would read as a preprint). */
function cslType(kind: string | null): CslItem["type"] {
  const k = (kind ?? "").toLowerCase();
  if (k.includes("blog")) return "post-weblog";
  if (k.includes("encyclop")) return "entry-encyclopedia";
  return "webpage";
}

/** "Panagiotis Vogiatzis" -> family Vogiatzis; a one-word or institutional name stays literal. */
function cslName(name: string): { family: string; given: string } | { literal: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return { literal: name.trim() };
  return { family: words.at(-1) ?? name, given: words.slice(0, -1).join(" ") };
}

/** "2019-08-25", "1997-09", "1937" -> date-parts; anything else is left out rather than guessed. */
function cslDate(published: string | null): CslItem["issued"] | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(published?.trim() ?? "");
  if (m === null) return undefined;
  return { "date-parts": [[m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number)] };
}

// citeproc-js reads HTML-like markup inside fields (its "rich text" spans).
const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The item as reference managers read it: plain text fields (BibTeX, RIS, CSL-JSON files). */
export function plainCslItem(source: ExportSource): CslItem {
  const item: CslItem = { id: source.id, type: cslType(source.kind), title: source.title };
  if (source.author !== null && source.author.trim() !== "") item.author = source.author.split(/\s*(?:;| and )\s*/).map(cslName);
  if (source.site !== null) item["container-title"] = source.site;
  if (source.url !== null) item.URL = source.url;
  const issued = cslDate(source.published);
  if (issued !== undefined) item.issued = issued;
  if (source.language !== null) item.language = source.language;
  return item;
}

/** The item as citeproc-js formats it, whose fields hold its HTML-like markup. */
export function cslItem(source: ExportSource): CslItem {
  const item = plainCslItem(source);
  item.title = escapeHtml(item.title);
  // A site's name is spelled as the site spells it ("xekinima.org"), never title-cased.
  if (source.site !== null) item["container-title"] = `<span class="nocase">${escapeHtml(source.site)}</span>`;
  return item;
}
