import type { Node as PMNode } from "@tiptap/pm/model";
import { checkLimits } from "./limits";
import { plainText } from "./plain-text";
import { noteSchema } from "./schema";
import { type BodyDoc, BodyDocSchema, describeIssue, DocEnvelopeSchema } from "./shape";
import { findStructureProblem } from "./structure";

export type BodyValidation = { ok: true; doc: BodyDoc; text: string } | { ok: false; reason: string };

/**
 * The server's gate for annotation notes. Order matters: a shallow shape
 * check, then the iterative size and depth limits, and only then the
 * recursive passes (zod, our type and attr checks, ProseMirror's own check).
 * An empty note (one empty paragraph) is valid; whether a note is required
 * is the caller's decision.
 */
export function validateBody(json: unknown): BodyValidation {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, reason: "a note must be a document object" };
  }
  const envelope = DocEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, reason: envelope.error.issues[0]?.message ?? "a note must be a document" };

  if (envelope.data.content.length === 0) return { ok: false, reason: "a note needs at least one paragraph" };

  const limits = checkLimits(json);
  if (!limits.ok) return limits;

  const parsed = BodyDocSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: describeIssue(parsed.error) };

  const schema = noteSchema();
  const problem = findStructureProblem(schema, parsed.data);
  if (problem !== null) return { ok: false, reason: problem };

  let node: PMNode;
  try {
    node = schema.nodeFromJSON(parsed.data);
    node.check();
  } catch (error) {
    return { ok: false, reason: describeProseMirrorError(error) };
  }
  // Round-trip through the schema: merges adjacent text, fills default attrs.
  const normalized = BodyDocSchema.safeParse(node.toJSON());
  if (!normalized.success) return { ok: false, reason: describeIssue(normalized.error) };
  return { ok: true, doc: normalized.data, text: plainText(node) };
}

function describeProseMirrorError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const content = /^Invalid content for node (\w+)/.exec(message);
  if (content !== null) {
    const where = content[1] === "doc" ? "the note itself" : `a ${content[1]}`;
    return `note structure is not valid: ${where} holds something it cannot (an empty list, or a block in the wrong place)`;
  }
  return `note structure is not valid: ${message.slice(0, 120)}`;
}
