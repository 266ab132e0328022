import { getSchema } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { noteExtensions } from "./extensions";

let cached: Schema | undefined;

/** Built once per process: getSchema resolves every extension, which is not free. */
export function noteSchema(): Schema {
  cached ??= getSchema(noteExtensions);
  return cached;
}

/** Attribute names a node or mark type declares; anything else in stored JSON is refused. */
export function declaredAttrs(schema: Schema, kind: "node" | "mark", type: string): ReadonlySet<string> {
  const spec = kind === "node" ? schema.nodes[type]?.spec : schema.marks[type]?.spec;
  return new Set(Object.keys(spec?.attrs ?? {}));
}
