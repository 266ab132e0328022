// Shared setup for the annotation, re-anchoring and live suites: real corpus
// files stored through lib/sources, and people in every role, made directly
// with Prisma so these suites do not depend on the accounts code.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BodyDoc } from "@/lib/annotations/body";
import { type Access, resolveAccess } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/policy";
import { prepareSource, storeSource, type StoreResult } from "@/lib/sources/import-source";

export const CORPUS = path.resolve("prisma/corpus");
export const VOGIATZIS = "002_fba6f277ba2da556.txt";
export const GREAT_PURGE = "003_31eff587c27dff4a.txt";

export interface StoredSource extends StoreResult {
  versionId: string;
  text: string;
}

/** Stores a corpus file (optionally edited first, as raw capture text) under `slug`. */
export async function storeCorpusFile(
  db: Db,
  file: string,
  slug: string,
  edit: (raw: string) => string = (raw) => raw,
): Promise<StoredSource> {
  const raw = await readFile(path.join(CORPUS, file), "utf8");
  const prepared = prepareSource(new TextEncoder().encode(edit(raw)), file, { title: `Test copy of ${file}`, slug });
  if (!prepared.ok) throw new Error(prepared.error.message);
  const stored = await storeSource({ db, prepared: prepared.prepared, createdById: null, groupId: null });
  const source = await db.source.findUniqueOrThrow({
    where: { id: stored.sourceId },
    select: { currentVersion: { select: { id: true, text: true } } },
  });
  if (source.currentVersion === null) throw new Error("stored source has no version");
  return { ...stored, versionId: source.currentVersion.id, text: source.currentVersion.text };
}

/** Someone of the cast: their user id, and their access as a request resolves it (what services take). */
export type Person = Access & { id: string };

export type Cast = Record<"author" | Role | "outsider", Person> & { groupId: string; groupName: string };

/** The user's access as lib/access resolves it now, with their id for assertions. */
export async function personOf(db: Db, user: { id: string }): Promise<Person> {
  const access = await resolveAccess(db, user);
  if (access === null) throw new Error("resolveAccess gave no access for a user");
  return { ...access, id: user.id };
}

/**
 * A group with an author (annotator) and one member per role, plus someone outside it.
 * Each person's access is resolved once the memberships exist; a test that changes
 * memberships resolves again with personOf.
 */
export async function castGroup(db: Db, label: string): Promise<Cast> {
  const group = await db.group.create({ data: { name: `${label} seminar` } });
  const person = async (name: string, role: Role | null): Promise<Person> => {
    const user = await db.user.create({ data: { name: `${label} ${name}`, email: `${label}-${name}@example.org` } });
    if (role !== null) await db.membership.create({ data: { groupId: group.id, userId: user.id, role } });
    return personOf(db, user);
  };
  return {
    groupId: group.id,
    groupName: group.name,
    author: await person("author", "annotator"),
    owner: await person("owner", "owner"),
    editor: await person("editor", "editor"),
    annotator: await person("annotator", "annotator"),
    viewer: await person("viewer", "viewer"),
    outsider: await person("outsider", null),
  };
}

export function note(text: string): BodyDoc {
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}

/** Offsets and quote of the `occurrence`-th copy of `phrase` in `text`. */
export function passage(text: string, phrase: string, occurrence = 0): { start: number; end: number; exact: string } {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) {
    start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`"${phrase}" occurs fewer than ${occurrence + 1} times`);
  }
  return { start, end: start + phrase.length, exact: phrase };
}

/** A valid CreateAnnotationInput for `phrase` of `text`. */
export function annotationInput(text: string, phrase: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    visibility: "group",
    layer: "primary_document",
    groupId: null,
    ...passage(text, phrase),
    body: note(`On "${phrase.slice(0, 30)}"`),
    tags: [],
    ...overrides,
  };
}

/** The typed error a promise rejects with ({ code, status, message } from the service). */
export async function failure(promise: Promise<unknown>): Promise<{ code: string; status: number; message: string; error: Error }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error && "code" in error && "status" in error) {
      const { code, status } = error;
      if (typeof code === "string" && typeof status === "number") return { code, status, message: error.message, error };
    }
    throw error;
  }
  throw new Error("expected the call to fail");
}
