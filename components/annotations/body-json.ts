import type { JSONContent } from "@tiptap/react";
import type { AttrValue, BodyDoc, BodyMark, BodyNode } from "@/lib/annotations/body";

// tiptap's JSON is loosely typed (attrs are `any`); the wire shape is not. Copy
// only what a note may hold, and let the server's validateBody have the last word.

function attrs(value: Record<string, unknown> | undefined): Record<string, AttrValue> | undefined {
  if (value === undefined) return undefined;
  const out: Record<string, AttrValue> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function node(json: JSONContent): BodyNode {
  const out: BodyNode = { type: json.type ?? "paragraph" };
  const a = attrs(json.attrs);
  if (a !== undefined) out.attrs = a;
  if (typeof json.text === "string") out.text = json.text;
  if (json.marks !== undefined && json.marks.length > 0) {
    out.marks = json.marks.map((m): BodyMark => {
      const ma = attrs(m.attrs);
      return ma === undefined ? { type: m.type } : { type: m.type, attrs: ma };
    });
  }
  if (json.content !== undefined) out.content = json.content.map(node);
  return out;
}

export function toBodyDoc(json: JSONContent): BodyDoc {
  return { type: "doc", content: (json.content ?? []).map(node) };
}

export const EMPTY_DOC: BodyDoc = { type: "doc", content: [{ type: "paragraph" }] };
