import type { BodyDoc, BodyMark, BodyNode } from "@/lib/annotations/body";

export const text = (value: string, marks?: BodyMark[]): BodyNode => (marks ? { type: "text", text: value, marks } : { type: "text", text: value });
export const para = (...content: BodyNode[]): BodyNode => ({ type: "paragraph", content });
export const doc = (...content: BodyNode[]): BodyDoc => ({ type: "doc", content });
export const link = (href: string): BodyMark => ({ type: "link", attrs: { href } });
export const linkedDoc = (href: string): BodyDoc => doc(para(text("click", [link(href)])));
export const item = (...content: BodyNode[]): BodyNode => ({ type: "listItem", content });

/** javascript:, data: and vbscript: in the disguises browsers are known to forgive. */
export const HOSTILE_HREFS: [label: string, href: string, reason: RegExp][] = [
  ["plain", "javascript:alert(1)", /link to javascript: is not allowed/],
  ["mixed case, leading space", " JaVaScript:alert(1)", /link to javascript: is not allowed/],
  ["tab inside the scheme", "java\tscript:alert(1)", /link to javascript: is not allowed/],
  ["newline inside the scheme", "java\nscript:alert(1)", /link to javascript: is not allowed/],
  ["leading NUL", "\u0000javascript:alert(1)", /link to javascript: is not allowed/],
  ["zero-width space", "\u200bjavascript:alert(1)", /link to javascript: is not allowed/],
  ["decimal entity", "&#106;avascript:alert(1)", /link to javascript: is not allowed/],
  ["hex entity tab", "jav&#x09;ascript:alert(1)", /link to javascript: is not allowed/],
  ["named colon entity", "javascript&colon;alert(1)", /link to javascript: is not allowed/],
  ["percent-encoded", "%6Aavascript:alert(1)", /links must start with http/],
  ["data: html", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", /link to data: is not allowed/],
  ["vbscript", "VBScript:msgbox(1)", /link to vbscript: is not allowed/],
  ["https then javascript", "https:javascript:alert(1)", /links must start with http/],
  ["protocol-relative", "//evil.example/x", /links must start with http/],
  ["relative path", "/annotations/1", /links must start with http/],
  ["ftp", "ftp://files.example/x", /link to ftp: is not allowed/],
  ["no host", "https://", /not a valid URL|no host/],
  ["empty", "", /no address/],
  ["very long", `https://example.org/${"a".repeat(10_000)}`, /link is too long: 10,020 characters, limit 2,048/],
];

export const ALLOWED_HREFS = [
  "https://example.org/a?b=c#d",
  "http://archive.example.ru/fond/17",
  "HTTPS://EXAMPLE.ORG",
  "mailto:someone@example.org",
];

/** 10,000 bullet lists, each inside the last; built iteratively like an attacker would. */
export function nestedLists(levels: number): BodyDoc {
  let inner: BodyNode = para(text("bottom"));
  for (let i = 0; i < levels; i += 1) inner = { type: "bulletList", content: [item(para(text("x")), inner)] };
  return doc(inner);
}
