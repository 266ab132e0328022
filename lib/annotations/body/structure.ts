import type { Schema } from "@tiptap/pm/model";
import { checkHref } from "./href";
import { declaredAttrs } from "./schema";
import type { AttrValue, BodyDoc, BodyMark, BodyNode } from "./shape";

type Problem = string | null;

/** Titles and classes are short; hrefs have their own, longer cap in href.ts. */
const MAX_ATTR_STRING = 512;

const LIST_STYLES = new Set(["1", "a", "A", "i", "I"]);
const optionalText = (v: AttrValue): Problem => (v === null || typeof v === "string" ? null : "must be text");

/** Value rules for the few attrs the schema declares; ProseMirror itself checks none. */
const ATTR_RULES: Record<string, (value: AttrValue) => Problem> = {
  "orderedList.start": (v) =>
    typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 1_000_000 ? null : "must be a whole number",
  "orderedList.type": (v) => (v === null || (typeof v === "string" && LIST_STYLES.has(v)) ? null : "is not a list style"),
  "link.href": (v) => {
    const check = checkHref(v);
    return check.ok ? null : check.reason;
  },
  "link.target": optionalText,
  "link.rel": optionalText,
  "link.class": optionalText,
  "link.title": optionalText,
};

/**
 * Refuses what ProseMirror would silently accept: it drops undeclared attrs
 * and never looks at href. Unknown types are named here too, in words a user
 * can act on, before nodeFromJSON throws its own message.
 */
export function findStructureProblem(schema: Schema, doc: BodyDoc): Problem {
  return checkChildren(schema, doc.content);
}

function checkChildren(schema: Schema, nodes: BodyNode[]): Problem {
  for (const node of nodes) {
    const problem = checkNode(schema, node);
    if (problem !== null) return problem;
  }
  return null;
}

function checkNode(schema: Schema, node: BodyNode): Problem {
  if (schema.nodes[node.type] === undefined || node.type === "doc") return `unsupported element in note: ${node.type}`;
  if (node.type === "text" ? node.content !== undefined : node.text !== undefined) {
    return `a ${node.type} cannot hold ${node.type === "text" ? "other elements" : "text directly"}`;
  }
  const attrProblem = checkAttrs(schema, "node", node.type, node.attrs);
  if (attrProblem !== null) return attrProblem;
  for (const mark of node.marks ?? []) {
    const markProblem = checkMark(schema, mark);
    if (markProblem !== null) return markProblem;
  }
  return checkChildren(schema, node.content ?? []);
}

function checkMark(schema: Schema, mark: BodyMark): Problem {
  if (schema.marks[mark.type] === undefined) return `unsupported formatting in note: ${mark.type}`;
  if (mark.type === "link" && mark.attrs?.href === undefined) return "a link has no address";
  return checkAttrs(schema, "mark", mark.type, mark.attrs);
}

function checkAttrs(schema: Schema, kind: "node" | "mark", type: string, attrs: BodyNode["attrs"]): Problem {
  const declared = declaredAttrs(schema, kind, type);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (!declared.has(name)) return `unsupported attribute "${name}" on ${type}`;
    if (name !== "href" && typeof value === "string" && value.length > MAX_ATTR_STRING) {
      return `attribute "${name}" on ${type} is too long: ${value.length.toLocaleString("en-US")} characters, limit ${MAX_ATTR_STRING}`;
    }
    const rule = ATTR_RULES[`${type}.${name}`];
    const problem = rule === undefined ? null : rule(value);
    // href reasons are full sentences already ("link to javascript: is not allowed").
    if (problem !== null) return name === "href" ? problem : `attribute "${name}" on ${type} ${problem}`;
  }
  return null;
}
