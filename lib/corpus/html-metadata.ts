import { DomUtils, parseDocument } from "htmlparser2";
import type { Element } from "domhandler";
import type { FoundField, FoundMetadata } from "./types";

// What an HTML page says about itself: its title (<h1>, else <title>), its author
// and its date (a byline, microformats, schema.org or <meta> tags). The importer
// fills these into a source's details where the user left them empty, and the
// report says where each came from.

const MAX_TITLE = 500;
const MAX_AUTHOR = 200;
/** Class names of the elements that hold a byline (the reader drops these from the text). */
export const BYLINE_CLASS = /(^|[\s_-])(byline|post-meta|entry-meta|article-meta|post-info|meta-author|author-date)($|[\s_-])/i;

const flat = (s: string) => s.replace(/\s+/g, " ").trim();
const textOf = (el: Element) => flat(DomUtils.textContent(el));
const classOf = (el: Element) => el.attribs.class ?? "";

/** "2017-02-23T10:00:00Z" or "23 February 2017" -> "2017-02-23"; undefined when it is no date. */
export function isoDate(value: string): string | undefined {
  const iso = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(value.trim());
  if (iso !== null) return `${iso[1]}${iso[2] ?? ""}${iso[3] ?? ""}`;
  const parsed = Date.parse(`${value.trim()} UTC`);
  if (Number.isNaN(parsed) || !/\d{4}/.test(value)) return undefined;
  return new Date(parsed).toISOString().slice(0, 10);
}

function metaContent(root: ReturnType<typeof parseDocument>, names: string[]): string | undefined {
  const meta = DomUtils.findOne(
    (el) => el.name === "meta" && names.includes((el.attribs.name ?? el.attribs.property ?? el.attribs.itemprop ?? "").toLowerCase()),
    root.children,
  );
  const content = meta === null ? "" : flat(meta.attribs.content ?? "");
  return content === "" ? undefined : content;
}

function findAuthor(root: ReturnType<typeof parseDocument>): FoundField | undefined {
  const meta = metaContent(root, ["author", "article:author", "dc.creator", "dcterms.creator"]);
  if (meta !== undefined && !/^https?:/.test(meta)) return { value: meta, from: "<meta name=\"author\">" };
  // Microformats (h-entry's p-author, as W3C's specifications mark their editors) and schema.org.
  const cards = DomUtils.findAll((el) => /(^|\s)p-author(\s|$)/.test(classOf(el)) || el.attribs.itemprop === "author", root.children);
  const names = cards
    .map((card) => {
      const name = DomUtils.findOne((el) => /(^|\s)(p-name|fn)(\s|$)/.test(classOf(el)) || el.attribs.itemprop === "name", [card]);
      const metaName = DomUtils.findOne((el) => el.name === "meta" && el.attribs.property === "foaf:name", [card]);
      return metaName?.attribs.content ?? (name === null ? textOf(card).split(",")[0] : textOf(name)) ?? "";
    })
    .map(flat)
    .filter((n) => n !== "");
  if (names.length > 0) return { value: [...new Set(names)].join(", "), from: "the page's author markup" };
  const byline = DomUtils.findOne((el) => BYLINE_CLASS.test(classOf(el)), root.children);
  const rel = DomUtils.findOne((el) => el.name === "a" && /(^|\s)author(\s|$)/.test(el.attribs.rel ?? ""), byline === null ? root.children : [byline]);
  if (rel !== null && textOf(rel) !== "") return { value: textOf(rel), from: "the byline" };
  if (byline !== null) {
    const by = /\bby:?\s+([^,|·•\n]{2,80}?)(\s+(on|[|·•,])\s|$)/i.exec(textOf(byline));
    if (by?.[1] !== undefined) return { value: flat(by[1]), from: "the byline" };
  }
  return undefined;
}

function findPublished(root: ReturnType<typeof parseDocument>): FoundField | undefined {
  const isTime = (el: Element) => el.name === "time" && (el.attribs.datetime ?? "") !== "";
  const marked = DomUtils.findOne(
    (el) => (isTime(el) || el.name !== "time") && (/(^|\s)dt-published(\s|$)/.test(classOf(el)) || el.attribs.itemprop === "datePublished"),
    root.children,
  );
  const markedValue = marked === null ? undefined : isoDate(marked.attribs.datetime ?? marked.attribs.content ?? textOf(marked));
  if (markedValue !== undefined) return { value: markedValue, from: "the page's date markup" };
  const meta = metaContent(root, ["article:published_time", "dc.date", "dcterms.date", "date", "datepublished"]);
  const metaValue = meta === undefined ? undefined : isoDate(meta);
  if (metaValue !== undefined) return { value: metaValue, from: "<meta> published time" };
  const bylines = DomUtils.findAll((el) => BYLINE_CLASS.test(classOf(el)) || el.name === "header", root.children);
  const time = DomUtils.findOne(isTime, bylines);
  const timeValue = time === null ? undefined : isoDate(time.attribs.datetime ?? "");
  return timeValue === undefined ? undefined : { value: timeValue, from: "the byline" };
}

function findTitle(root: ReturnType<typeof parseDocument>): FoundField | undefined {
  const h1 = DomUtils.findOne((el) => el.name === "h1", root.children);
  if (h1 !== null && textOf(h1) !== "") return { value: textOf(h1).slice(0, MAX_TITLE), from: "<h1>" };
  const title = DomUtils.findOne((el) => el.name === "title", root.children);
  if (title !== null && textOf(title) !== "") return { value: textOf(title).slice(0, MAX_TITLE), from: "<title>" };
  return undefined;
}

export function htmlMetadata(html: string): FoundMetadata {
  const root = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const found: FoundMetadata = {};
  const title = findTitle(root);
  if (title !== undefined) found.title = title;
  const author = findAuthor(root);
  if (author !== undefined && author.value.length <= MAX_AUTHOR) found.author = author;
  const published = findPublished(root);
  if (published !== undefined) found.published = published;
  return found;
}
