import type { Prisma } from "@/lib/db/generated/client";
import type { BodyDoc, BodyNode } from "./body";

/**
 * A validated note as Prisma's JSON input type. BodyDoc is an interface, which
 * TypeScript will not treat as an index-signature JSON object, so it is copied
 * field by field instead of cast. Depth was bounded by validateBody.
 */
export function bodyJson(doc: BodyDoc): Prisma.InputJsonObject {
  return { type: doc.type, content: doc.content.map(nodeJson) };
}

function nodeJson(node: BodyNode): Prisma.InputJsonObject {
  return {
    type: node.type,
    ...(node.attrs === undefined ? {} : { attrs: node.attrs }),
    ...(node.text === undefined ? {} : { text: node.text }),
    ...(node.marks === undefined
      ? {}
      : { marks: node.marks.map((m) => (m.attrs === undefined ? { type: m.type } : { type: m.type, attrs: m.attrs })) }),
    ...(node.content === undefined ? {} : { content: node.content.map(nodeJson) }),
  };
}
